import { EmptyState, PageHeader } from "../components/ui";

export function Today() {
  return (
    <div class="page">
      <PageHeader title="Today" />
      <EmptyState title="Coming with the workflow API." />
    </div>
  );
}
