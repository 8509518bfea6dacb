import { formatRelative } from '@/components/ui/format';
import { TagChip } from '@/components/ui/tag-chip';
import { t } from '@/utils/i18n';
import type { PersonRow } from '../store/people-index';

/** One line of the people list: name, role at company, up to three tags, when it last changed. */
export function PersonRowView({
  row,
  tagColors,
}: {
  row: PersonRow;
  tagColors: Readonly<Record<string, string>>;
}) {
  const role = [row.title, row.company].filter(Boolean).join(t('dash_at_separator'));
  return (
    <div class="row">
      <div class="row-main">
        <span class="row-name">{row.name}</span>
        <span class="row-sub">{role || row.email || '\u00a0'}</span>
      </div>
      <div class="row-tags">
        {row.tags.slice(0, 3).map((tag) => (
          <TagChip key={tag} tag={tag} color={tagColors[tag]} />
        ))}
      </div>
      <span class="row-when">{formatRelative(row.updatedAt)}</span>
    </div>
  );
}
