// CJK Radicals Supplement (U+2E80–U+2EF3) → the unified ideograph each stands for.
// PDF text from Chromium and other Skia/Type 3 writers maps glyphs to these
// (“就业⻅习”, “⻩冕镇”); NFKC maps the Kangxi Radicals (U+2F00–) but not this block.
// Generated from Unicode’s EquivalentUnifiedIdeograph-16.0.0.txt (UCD, 2024-02-02):
// every mapping in U+2E80–U+2EF3 whose target is in the BMP, so that one UTF-16
// unit stays one (the 14 whose ideograph is in Extension B and later are left out;
// none of them is a character a report writes).

const PAIRS = [
  '⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢 ⺒巳',
  '⺓幺 ⺔彑 ⺖忄 ⺗心 ⺘扌 ⺙攵 ⺛旡 ⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 ⺢氺 ⺣灬 ⺤爫',
  '⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺫目 ⺬示 ⺭礻 ⺯糹 ⺰纟 ⺱罓 ⺲罒 ⺳㓁 ⺴冗 ⺶羊 ⺹耂',
  '⺺肀 ⺻聿 ⺼肉 ⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻈讠 ⻉贝 ⻋车 ⻌辶',
  '⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻖阝 ⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食',
  '⻟飠 ⻠饣 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜',
  '⻰龙 ⻱龜 ⻲亀 ⻳龟',
].join(' ');

/** Radical → unified ideograph, one character for one. */
export const EQUIVALENT_IDEOGRAPH: ReadonlyMap<string, string> = new Map(
  PAIRS.split(' ').map((pair) => [pair[0], pair[1]] as [string, string]),
);
