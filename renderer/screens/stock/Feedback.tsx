import { Banner } from '../../components/ui';

/** The result of the last action on a form: an engine refusal, or a short confirmation. */
export type Outcome = { kind: 'error'; text: string } | { kind: 'done'; text: string } | null;

export function Feedback({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  return outcome.kind === 'error' ? (
    <Banner tone="error" testId="stock-error">
      {outcome.text}
    </Banner>
  ) : (
    <Banner tone="success" testId="stock-done">
      {outcome.text}
    </Banner>
  );
}
