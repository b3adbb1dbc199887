export type { CopyRuleSetInput, RuleSetView } from '@attune/contract';

/** The server's problems, keyed where the form shows them: `stage 2:requiredCycles`, or `form`. */
export function problemsByField(problems: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const problem of problems) {
    const stage = /^(stage \d+): (\w+)/.exec(problem);
    const top = /^(\w+): /.exec(problem)?.[1];
    const key: string = stage ? `${stage[1]}:${stage[2]}` : top && top !== 'stages' ? top : 'form';
    out[key] = [...(out[key] ?? []), problem];
  }
  return out;
}
