/** Course type names in the reader's language. */
import { t as translate, type Translate } from "../../i18n/index.js";

/**
 * A course type's name as the reader reads it: the translation (message `course-<key>`) in
 * Swedish or English where there is one, otherwise the name staff gave it (in Finnish, always
 * that name, so a renamed type shows its new name).
 */
export function courseTypeName(t: Translate, type: { key: string; name: string }): string {
  const key = `course-${type.key}`;
  const translated = t(key);
  return translated === key || translated === translate("fi", key) ? type.name : translated;
}
