import { EmptyState, PageHeader } from "../components/ui";

export function Import() {
  return (
    <div class="page">
      <PageHeader title="Import" />
      <EmptyState title="Coming with the workflow API." />
    </div>
  );
}
