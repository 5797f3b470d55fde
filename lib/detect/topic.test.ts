import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../glossary/build';
import { Annotator } from '../annotate';

const annotator = new Annotator(buildGlossary().index);
const level = (text: string) => annotator.annotate({ text }).topic;

// Short news-style texts written for these tests, one per hard case in the product brief.
const CASES: Array<{ name: string; text: string; expected: 'summit' | 'related' | 'none' }> = [
  {
    name: 'summit coverage',
    expected: 'summit',
    text: 'استضافت أستانا قمة الصين-آسيا الوسطى الثانية بحضور الرئيس الصيني شي جين بينغ والرئيس الكازاخي قاسم جومارت توكاييف. ووقع القادة إعلان أستانا لقمة الصين-آسيا الوسطى الثانية.',
  },
  {
    name: 'summit named in other words ("قمة" followed by China and Central Asia)',
    expected: 'summit',
    text: 'قال شي جين بينغ في القمة الصينية مع آسيا الوسطى إن التعاون يتسع. وأكد توكاييف أن قمة الصين وآسيا الوسطى فتحت صفحة جديدة، وأن آلية الصين-آسيا الوسطى تعمل بكفاءة.',
  },
  {
    name: 'the summit named once, with its host city',
    expected: 'summit',
    text: 'ترأس الرئيس الصيني شي جين بينغ قمة الصين-آسيا الوسطى في مدينة شيآن، وحضرها رؤساء كازاخستان وقيرغيزستان وطاجيكستان وتركمانستان وأوزبكستان.',
  },
  {
    name: 'the SCO summit in Astana, recalling the China–Central Asia summit once',
    expected: 'related',
    text: 'وصل الرئيس الصيني شي جين بينغ إلى أستانا لحضور قمة منظمة شنغهاي للتعاون، بعد عام من قمة الصين-آسيا الوسطى. واستقبله الرئيس الكازاخي قاسم جومارت توكاييف، وتبحث قمة منظمة شنغهاي للتعاون في أستانا الأمن الإقليمي، وتشارك فيها منظمة شنغهاي للتعاون بكامل أعضائها.',
  },
  {
    name: 'the SCO summit in Astana (same city, same leaders)',
    expected: 'related',
    text: 'وصل الرئيس الصيني شي جين بينغ إلى أستانا للمشاركة في قمة منظمة شنغهاي للتعاون، حيث استقبله الرئيس الكازاخي قاسم جومارت توكاييف. وتناقش قمة منظمة شنغهاي للتعاون الأمن الإقليمي في أستانا.',
  },
  {
    name: 'a Russia–Central Asia summit, China in passing',
    expected: 'none',
    text: 'وصل الرئيس الروسي فلاديمير بوتين إلى دوشانبي للمشاركة في قمة روسيا وآسيا الوسطى، حيث التقى الرئيس الطاجيكي إمام علي رحمان والرئيس الكازاخي قاسم جومارت توكاييف. وقال بوتين إن روسيا تبقى الشريك الأول لدول آسيا الوسطى، فيما تزداد استثمارات الصين في المنطقة.',
  },
  {
    name: 'an Astana football club',
    expected: 'none',
    text: 'فاز نادي أستانا الكازاخي على ضيفه بهدفين في دوري المؤتمر الأوروبي، وتصدر الفريق مجموعته قبل الجولة الأخيرة.',
  },
  {
    name: 'a Central Asian meeting without China',
    expected: 'none',
    text: 'اجتمع رؤساء كازاخستان وقيرغيزستان وطاجيكستان وتركمانستان وأوزبكستان في طشقند في قمة تشاورية لدول آسيا الوسطى لبحث المياه والطاقة.',
  },
  {
    name: 'a story about China alone',
    expected: 'none',
    text: 'أعلنت بكين نمو الاقتصاد الصيني بنسبة خمسة في المئة، وقال المتحدث باسم الحكومة الصينية إن الصين ستواصل الانفتاح.',
  },
  {
    name: 'a single keyword',
    expected: 'none',
    text: 'تحدث التقرير عن القمة المقبلة دون ذكر تفاصيل، وأشار إلى أن الصين قد تشارك.',
  },
  {
    name: 'China and Central Asia relations without a summit',
    expected: 'related',
    text: 'التقى وزير الخارجية الصيني وانغ يي نظيره الأوزبكي بختيور سعيدوف في بكين، وبحث الجانبان تعاون الصين وأوزبكستان في إطار مبادرة الحزام والطريق.',
  },
];

describe('topic verdict on the hard cases', () => {
  it.each(CASES)('$name → $expected', ({ text, expected }) => {
    const verdict = level(text);
    expect(verdict.level, verdict.reasons.join('; ')).toBe(expected);
    expect(verdict.reasons.length).toBeGreaterThan(0);
  });
});
