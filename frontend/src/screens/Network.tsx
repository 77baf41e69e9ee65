import { EmptyState, PageHeader } from "../components/ui";

export function Network() {
  return (
    <div class="page">
      <PageHeader title="Network" />
      <EmptyState title="Coming with the workflow API." />
    </div>
  );
}
