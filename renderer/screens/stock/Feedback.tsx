/** The result of the last action on a form: an engine refusal, or a short confirmation. */
export type Outcome = { kind: 'error'; text: string } | { kind: 'done'; text: string } | null;

export function Feedback({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  return outcome.kind === 'error' ? (
    <p className="error" role="alert" data-testid="stock-error">
      {outcome.text}
    </p>
  ) : (
    <p className="stock-done" role="status" data-testid="stock-done">
      {outcome.text}
    </p>
  );
}
