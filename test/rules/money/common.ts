// The money/target rule tests share the consistent fixture (a report in 万元 with a table in 元) and
// a way to wrap a few sentences as a report's body.
import { readFileSync } from 'node:fs';
import { docFromText, fixture } from '../../helpers.js';

export const FUNDING_OK = readFileSync(fixture('money', 'funding-ok.txt'), 'utf8');

/** A report of body text (a first line alone would be read as the title). */
export const bodyText = (text: string) => `某项目绩效评价报告\n\n${text}`;

/** The same, read as a document (the funding facts' tests use it). */
export const body = (text: string) => docFromText(bodyText(text));

/**
 * The 项目资金 block of the national 项目支出绩效自评表, with its 年度资金总额 执行率 as given:
 * 项目资金（万元） spans the block; 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金; 5112.86 ÷ 5286.40 = 96.72%.
 */
export const selfEvalFundsBlock = (rate: string) =>
  [
    '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
    `\t年度资金总额\t5100.00\t5286.40\t5112.86\t10\t${rate}\t9.67`,
    '\t其中：当年财政拨款\t5100.00\t5286.40\t5112.86\t—\t96.72%\t—',
    '\t上年结转资金\t0.00\t0.00\t0.00\t—\t—\t—',
    '\t其他资金\t0.00\t0.00\t0.00\t—\t—\t—',
    '',
  ].join('\n');
