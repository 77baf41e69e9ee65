import { EmptyState, PageHeader } from "../components/ui";

export function Interviews() {
  return (
    <div class="page">
      <PageHeader title="Interviews" />
      <EmptyState title="Coming with the workflow API." />
    </div>
  );
}
