import { EmptyState, PageHeader } from "../components/ui";

export function NotFound() {
  return (
    <div class="page">
      <PageHeader title="Page not found" />
      <EmptyState title="There is nothing at this address.">
        <a href="/">Go to Today</a>
      </EmptyState>
    </div>
  );
}
