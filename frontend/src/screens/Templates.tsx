import { EmptyState, PageHeader } from "../components/ui";

export function Templates() {
  return (
    <div class="page">
      <PageHeader title="Templates" />
      <EmptyState title="Coming with the workflow API." />
    </div>
  );
}
