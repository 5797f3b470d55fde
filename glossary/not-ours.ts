/**
 * Names that contain a glossary name but are something else: read whole, they make no mention,
 * so the name inside them is not highlighted as if it were meant. Only names whose meaning does
 * not depend on the sentence: "talks in Astana" can be the city, the "Astana format" on Syria
 * cannot.
 */

export interface NotOurs {
  form: string;
  why: string;
}

export const NOT_OURS: readonly NotOurs[] = [
  { form: 'مسار أستانا', why: 'the Astana format of talks on Syria (Russia, Iran, Turkey), since 2017' },
  { form: 'مسار أستانة', why: 'the Astana format on Syria' },
  { form: 'صيغة أستانا', why: 'the Astana format on Syria' },
  { form: 'عملية أستانا', why: 'the Astana process on Syria' },
  { form: 'محادثات أستانا', why: 'the Astana talks on Syria ("talks in Astana" is written with في)' },
  { form: 'محادثات أستانة', why: 'the Astana talks on Syria' },
  { form: 'مفاوضات أستانا', why: 'the Astana talks on Syria' },
  { form: 'منصة أستانا', why: 'a Syrian opposition platform named after the city' },
  { form: 'نادي أستانا', why: 'FC Astana, a football club' },
  { form: 'أف سي أستانا', why: 'FC Astana, a football club' },
  { form: 'إف سي أستانا', why: 'FC Astana, a football club' },
  { form: 'أستانا أرينا', why: 'the Astana Arena stadium' },
  { form: 'كيرات ألماتي', why: 'Kairat Almaty, a football club' },
  { form: 'تلفزيون بريكس', why: 'BRICS TV, a television channel named after the group' },
  { form: 'الإمبراطورية الروسية', why: 'the Russian Empire, the state before 1917, not the country of today' },
  { form: 'بحر الصين', why: 'the China Seas (South and East China Sea), not the country' },
  { form: 'شبكة طريق الحرير', why: 'a Chinese news site in Arabic named after the Silk Road' },
];
