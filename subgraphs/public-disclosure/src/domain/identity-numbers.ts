import { isLocalDate } from '@forestry/subgraph-runtime/calendar';

// The check characters of the two identifiers applicants give: a typo is caught at submission
// rather than when the licence is printed.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARACTERS = '10X98765432';

/** The check character of a resident identity card number (GB 11643) from its first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * ID_WEIGHTS[index]!, 0);
  return ID_CHECK_CHARACTERS[sum % 11]!;
}

/** An 18-digit resident identity card number (居民身份证号码) with a real birth date and a valid check. */
export function isResidentIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  return isLocalDate(birthDate) && residentIdCheckCharacter(value.slice(0, 17)) === value[17];
}

const CREDIT_CODE_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of a unified social credit code (GB 32100) from its first 17 characters. */
export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce(
    (total, character, index) => total + CREDIT_CODE_CHARACTERS.indexOf(character) * CREDIT_CODE_WEIGHTS[index]!,
    0,
  );
  return CREDIT_CODE_CHARACTERS[(31 - (sum % 31)) % 31]!;
}

/** An 18-character unified social credit code (统一社会信用代码) with a valid check character. */
export function isUnifiedSocialCreditCode(value: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(value) && creditCodeCheckCharacter(value.slice(0, 17)) === value[17];
}

/** A mainland mobile number, or a landline with its area code (0451-86612345). */
export const PHONE_NUMBER = /^(1[3-9]\d{9}|0\d{2,3}-\d{7,8})$/;
