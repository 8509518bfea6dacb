import { explainDedupLine } from '@/utils/dedup/format';
import type { DedupReason } from '@/utils/dedup';
import { getLang } from '@/utils/i18n';

/** "same phone +81 3-1234-5678; names 山田 太郎 / Yamada Taro", in the UI language. */
export const reasonsText = (reasons: readonly DedupReason[]): string => explainDedupLine(reasons, getLang());
