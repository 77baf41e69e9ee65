import { EmptyState, PageHeader } from "../components/ui";

export function InterviewPage() {
  return (
    <div class="page">
      <PageHeader title="InterviewPage" />
      <EmptyState title="Coming with the workflow API." />
    </div>
  );
}
