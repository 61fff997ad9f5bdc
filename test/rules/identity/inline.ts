// A small report in another template, for the identity rules' inline cases.
import { docFromText } from '../../helpers.js';

export const otherDoc = (body: string, cover = '项目名称：城区道路照明维护项目\n主管部门：南康区城管局\n项目单位：南康区路灯管理所') =>
  docFromText(`2022年度城区道路照明维护项目绩效评价报告\n\n${cover}\n\n${body}\n`);
