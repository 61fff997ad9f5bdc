// The words that name a category of person ("特困人员", "低保对象", "返贫致贫人口", "低保边缘家庭成员",
// "住院患者", "户主"): what a report writes right before a person's name, e.g. a masked one ("特困人员李某某。").
// A form's field label ("联系人", "负责人") is no category: "联系人 县 某某" is a label, then a placeholder.

/** The endings of a person-category word: 特困人员, 低保对象, 脱贫人口, 家庭成员, 患者, 户主, 村民 … */
const PERSON_WORD_END = '(?:人员|对象|人口|成员|患者|病人|户主|村民|居民|农户|职工|学生|儿童|老人|家属)';

/** A text that ends with a person-category word ("…，江源区特困人员"). */
const ENDS_WITH_PERSON_WORD = new RegExp(`${PERSON_WORD_END}$`);

/** Does the text end with a word naming a category of person, the place a name follows? */
export function endsWithPersonWord(text: string): boolean {
  return ENDS_WITH_PERSON_WORD.test(text);
}
