import type { CsvColumnMapping, CsvField } from './fields';

/**
 * Header names of known exports and common hand-made sheets, English and Japanese. Keys are
 * normalised (see `normalizeHeader`). "Title" alone is weak: Outlook uses it for Mr./Ms. and
 * "Job Title" for the job, so it only counts when no stronger title column is present.
 */
export const EXACT: Record<string, CsvColumnMapping> = {};

function add(field: CsvField, names: string[], extra: Omit<CsvColumnMapping, 'field'> = {}): void {
  for (const name of names) EXACT[normalizeHeader(name)] = { field, ...extra };
}

export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .replace(/\s*([()/:：-])\s*/g, '$1')
    .trim();
}

add('fullName', [
  'Name',
  'Full Name',
  'Display Name',
  'Contact Name',
  '氏名',
  '名前',
  'フルネーム',
  '表示名',
]);
add('givenName', ['First Name', 'Given Name', 'Firstname', 'Forename', '名', '名(英語)']);
add('middleName', ['Middle Name', 'Additional Name', 'ミドルネーム', 'ミドル ネーム']);
add('familyName', ['Last Name', 'Family Name', 'Surname', 'Lastname', '姓', '姓(英語)']);
add('givenNamePhonetic', [
  'Phonetic First Name',
  'Given Name Yomi',
  'Given Yomi',
  'Given Name (Phonetic)',
  'First Name (Phonetic)',
  'メイ',
  '名(カナ)',
  '名カナ',
  '名(フリガナ)',
  '名(ふりがな)',
  'フリガナ(名)',
  'ふりがな(名)',
  'よみがな(名)',
]);
add('familyNamePhonetic', [
  'Phonetic Last Name',
  'Family Name Yomi',
  'Surname Yomi',
  'Family Name (Phonetic)',
  'Last Name (Phonetic)',
  'セイ',
  '姓(カナ)',
  '姓カナ',
  '姓(フリガナ)',
  '姓(ふりがな)',
  'フリガナ(姓)',
  'ふりがな(姓)',
  'よみがな(姓)',
]);
add('fullNamePhonetic', [
  'Yomi Name',
  'Phonetic Name',
  'フリガナ',
  'ふりがな',
  'よみがな',
  '氏名(カナ)',
  '氏名カナ',
  'カナ',
]);
add('nickname', ['Nickname', 'Nick Name', 'ニックネーム']);
add('nameOrder', ['Name Order']);
add('title', [
  'Job Title',
  'Position',
  'Organization Title',
  'Organization 1 - Title',
  'Occupation',
  '役職',
  '肩書',
  '肩書き',
]);
add('companyName', [
  'Company',
  'Company Name',
  'Organization',
  'Organisation',
  'Organization Name',
  'Organization 1 - Name',
  'Employer',
  '会社名',
  '会社',
  '企業名',
  '所属',
  '勤務先',
]);
add(
  'email',
  [
    'Email',
    'E-mail',
    'Email Address',
    'E-mail Address',
    'Mail',
    'メール',
    'メールアドレス',
    'Eメール',
    'e-mail アドレス',
    '電子メール アドレス',
    '電子メールアドレス',
  ],
  { slot: 1 },
);
add('email', ['E-mail 2 Address', '電子メール 2 アドレス'], { slot: 2 });
add('email', ['E-mail 3 Address', '電子メール 3 アドレス'], { slot: 3 });
add('phone', ['Phone', 'Phone Number', 'Telephone', 'Tel', '電話', '電話番号', 'TEL'], {});
add('phone', ['Mobile', 'Mobile Phone', 'Cell', 'Cell Phone', '携帯', '携帯電話', '携帯番号'], {
  label: 'mobile',
});
add(
  'phone',
  [
    'Business Phone',
    'Business Phone 2',
    'Work Phone',
    '会社電話',
    '会社電話 2',
    'TEL会社',
    'TEL部門',
    'TEL直通',
    '勤務先電話',
  ],
  {
    label: 'work',
  },
);
add('phone', ['Home Phone', 'Home Phone 2', '自宅電話', '自宅電話 2'], { label: 'home' });
add(
  'phone',
  ['Business Fax', 'Home Fax', 'Other Fax', 'Fax', 'FAX', '会社 FAX', '自宅 FAX', 'その他の FAX'],
  { label: 'fax' },
);
add('phone', ['Primary Phone', 'Company Main Phone', '通常の電話', '会社代表電話'], { label: 'main' });
add('phone', ['Other Phone', 'その他の電話'], { label: 'other' });
add('phone', ['Pager', 'ポケットベル'], { label: 'pager' });
add(
  'link',
  [
    'URL',
    'Web Page',
    'Website',
    'Web Site',
    'Homepage',
    'Home Page',
    'Personal Web Page',
    'Web ページ',
    'ホームページ',
    'ウェブサイト',
  ],
  {},
);
add('link', ['LinkedIn', 'LinkedIn URL', 'Profile URL'], {});
add('photoUrl', ['Photo', 'Photo URL', 'Picture', '写真']);
add('location', ['Location', 'Address', 'Formatted Address', '住所', '所在地', '場所']);
add('street', ['Street', 'Business Street', '勤務先 番地'], { slot: 1 });
add('city', ['City', 'Business City', '勤務先 市区町村', '市区町村'], { slot: 1 });
add('region', ['State', 'Region', 'Prefecture', 'Business State', '勤務先 都道府県', '都道府県'], {
  slot: 1,
});
add('postalCode', ['Postal Code', 'Zip', 'Zip Code', 'Business Postal Code', '勤務先 郵便番号', '郵便番号'], {
  slot: 1,
});
add('country', ['Country', 'Business Country/Region', '勤務先 国/地域', '国', '国/地域'], { slot: 1 });
add('street', ['Home Street', '自宅 番地'], { slot: 2 });
add('city', ['Home City', '自宅 市区町村'], { slot: 2 });
add('region', ['Home State', '自宅 都道府県'], { slot: 2 });
add('postalCode', ['Home Postal Code', '自宅 郵便番号'], { slot: 2 });
add('country', ['Home Country/Region', '自宅 国/地域'], { slot: 2 });
add('notes', ['Notes', 'Note', 'Memo', 'Comments', 'メモ', '備考', 'ノート']);
add('tags', [
  'Tags',
  'Labels',
  'Categories',
  'Group Membership',
  'Groups',
  'タグ',
  '分類',
  '分類項目',
  'グループ',
]);
add('metAt', ['Connected On', 'Met On', 'Date Met', '名刺交換日', '交換日', '出会った日']);
add('how', ['How We Met', 'How Met', 'Where We Met', '出会い', 'きっかけ']);
