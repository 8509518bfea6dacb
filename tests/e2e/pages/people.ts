import type { NewPerson } from './dashboard';

/** The people every pages e2e run adds through the dashboard's own form. */
export const YAMADA: NewPerson = {
  name: '山田 太郎',
  family: '山田',
  given: '太郎',
  familyReading: 'やまだ',
  givenReading: 'たろう',
  title: 'Head of Sales',
  company: 'Acme KK',
  emails: ['taro.yamada@acme.example'],
  phones: ['03-1234-5678'],
  tags: ['expo-2026', 'sales'],
};

export const SMITH: NewPerson = {
  name: 'Jane Smith',
  given: 'Jane',
  family: 'Smith',
  title: 'CTO',
  company: 'Globex',
  emails: ['jane@globex.example'],
  tags: ['engineering'],
};

export const SATO: NewPerson = {
  name: '佐藤 花子',
  family: '佐藤',
  given: '花子',
  familyReading: 'サトウ',
  givenReading: 'ハナコ',
  title: 'Designer',
  company: 'Acme KK',
  emails: ['hanako@acme.example'],
  tags: ['expo-2026'],
};
