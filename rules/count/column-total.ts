// A table's 合计 of people or things equals the sum of its rows (a department's staffing table: 编制数 / 实有人数).
import { columnTotalRule } from '../money/column-total.js';

export default columnTotalRule('count', 'count/column-total', { zh: '人数、个数', en: 'counts' });
