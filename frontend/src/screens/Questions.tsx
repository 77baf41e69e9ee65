import { EmptyState, PageHeader } from "../components/ui";

export function Questions() {
  return (
    <div class="page">
      <PageHeader title="Questions" />
      <EmptyState title="Coming with the workflow API." />
    </div>
  );
}
