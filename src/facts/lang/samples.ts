// A sample taken for checking: "评价组现场抽查了…3个子项目", "随机抽取20户", "抽样检测水样48份", "抽查投资…".
// Figures after it in its sentence are the sample's, a part of whatever the sentence is about.

const SAMPLE =
  /抽(?:查|取|检|样)[^，。；]{0,60}?\d+\s*(?:个|份|户|家|村|处|项|座|宗|人|条|批|组)|抽(?:查|样)(?:投资|金额|资金)/;

/** How far before a figure its sample is looked for, in characters: linear in a sentence of any length. */
const SAMPLE_REACH = 160;

/** Does a sample named between the sentence's start (`from`) and a figure (`at`) make the figure the sample's? */
export function sampledBefore(text: string, from: number, at: number): boolean {
  return SAMPLE.test(text.slice(Math.max(from, at - SAMPLE_REACH), at));
}
