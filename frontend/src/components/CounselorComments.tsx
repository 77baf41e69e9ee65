// What a career counselor wrote, as the student sees it: on one share, or on one interview (from
// every share). The student can delete any comment.
import { useState } from "preact/hooks";
import { api, describeError, ok, type Schemas } from "../api/client";
import { formatDateTime } from "../lib/time";
import { usePages } from "../lib/usePages";
import { useSession } from "../session";
import { Button, Dialog, ErrorState, FormError, Loading } from "./ui";

type Comment = Schemas["CommentRead"];

export function CounselorComments({
  shareId,
  interviewId,
  from,
  onDeleted,
  heading,
}: {
  shareId?: string;
  interviewId?: string;
  /** Shown as a card with this heading, and not at all while there is no comment. */
  heading?: string;
  /** Who wrote them, e.g. the counselor's name (default "your counselor"). */
  from?: string;
  onDeleted?: () => void;
}) {
  const { timeZone } = useSession();
  const comments = usePages<Comment>(
    (cursor) =>
      shareId
        ? ok(api.GET("/api/v1/shares/{share_id}/comments", { params: { path: { share_id: shareId }, query: { cursor } } }))
        : ok(api.GET("/api/v1/interviews/{interview_id}/comments", { params: { path: { interview_id: interviewId ?? "" }, query: { cursor } } })),
    [shareId, interviewId],
  );
  const [deleting, setDeleting] = useState<Comment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (heading && !comments.items.length) return null;
  if (comments.error) return <ErrorState message={comments.error} onRetry={comments.reload} />;
  if (comments.loading && !comments.items.length) return <Loading label="Loading comments…" />;
  if (!comments.items.length) return <p class="muted">No comments yet.</p>;
  const list = (
    <>
      <ul class="rows comments" aria-label={`Comments from ${from ?? "your counselor"}`}>
        {comments.items.map((comment) => (
          <li class="row" key={comment.id}>
            <div class="row__main">
              <p class="prewrap">{comment.body}</p>
              <span class="row__meta">
                {formatDateTime(comment.created_at, timeZone)}
                {shareId && comment.interview_id && (
                  <>
                    {" · on "}
                    <a href={`/interviews/${comment.interview_id}`}>an interview</a>
                  </>
                )}
              </span>
            </div>
            <Button variant="ghost" size="sm" onClick={() => setDeleting(comment)} aria-label={`Delete the comment “${comment.body.slice(0, 40)}”`}>
              Delete
            </Button>
          </li>
        ))}
      </ul>
      {comments.hasMore && (
        <Button size="sm" busy={comments.loading} onClick={comments.more}>
          Show more comments
        </Button>
      )}
      <Dialog title="Delete this comment?" open={deleting !== null} onClose={() => setDeleting(null)}>
        <p class="prewrap">“{deleting?.body}”</p>
        <p class="muted">The counselor will no longer see it either.</p>
        <FormError message={error} />
        <div class="dialog__actions">
          <Button onClick={() => setDeleting(null)}>Cancel</Button>
          <Button
            variant="danger"
            busy={busy}
            onClick={async () => {
              if (!deleting) return;
              setBusy(true);
              setError(null);
              try {
                await ok(api.DELETE("/api/v1/comments/{comment_id}", { params: { path: { comment_id: deleting.id } } }));
                comments.remove((item) => item.id !== deleting.id);
                setDeleting(null);
                onDeleted?.();
              } catch (failure) {
                setError(describeError(failure));
              } finally {
                setBusy(false);
              }
            }}
          >
            Delete comment
          </Button>
        </div>
      </Dialog>
    </>
  );
  if (!heading) return list;
  return (
    <section class="card" aria-labelledby="counselor-comments-title">
      <h2 id="counselor-comments-title">{heading}</h2>
      {list}
    </section>
  );
}
