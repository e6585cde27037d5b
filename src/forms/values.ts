/**
 * Small pure parsers for the answers people type in issue forms. Each returns `{ ok: true, value }` or
 * `{ ok: false, message, hint }` with plain-English text ready to show (user text is quoted in code spans).
 */
export {
  type BudgetLine,
  type BudgetOptions,
  type BudgetProblem,
  type BudgetTotal,
  guessCategory,
  type ParsedBudget,
  parseBudget,
} from "./values/budget.ts";
export { DATE_HINT, parseFormDate } from "./values/dates.ts";
export { parseDropdown, parseDropdownMany } from "./values/dropdown.ts";
export { parseList } from "./values/lists.ts";
export {
  acceptedCurrencies,
  checkCurrency,
  convert,
  type Money,
  type MoneyConfig,
  type MoneyOptions,
  parseMoney,
  parseNumber,
  resolveCurrency,
  scanAmounts,
} from "./values/money.ts";
export { isLogin, loginProblem, PEOPLE_HINT, parsePeople } from "./values/people.ts";
export { fail, ok, type ValueResult } from "./values/result.ts";
export { cleanEmail, parseCount, parseWebAddress } from "./values/simple.ts";
