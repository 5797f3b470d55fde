import type { GlossaryEntry } from '../schema';

/**
 * Cooperation family: the China–Central Asia summits and mechanism, their bodies and documents,
 * and the initiatives, concepts and anniversaries that Chinese diplomacy names in summit coverage.
 */
export const cooperation: GlossaryEntry[] = [
  {
    id: 'amity-sincerity-mutual-benefit-inclusiveness',
    type: 'initiative',
    ar: {
      canonical: 'الصداقة والإخلاص والمنفعة المتبادلة والشمول',
    },
    en: {
      name: 'Amity, sincerity, mutual benefit and inclusiveness (neighbourhood diplomacy principle)',
      explanation:
        "A four-word formula Xi Jinping set out in 2013 as the guiding principle of China's diplomacy toward its neighbours. At the 2025 Astana summit he invoked it to say that Central Asia stays a priority of China's neighbourhood policy.",
    },
    zh: {
      name: '亲诚惠容',
      pinyin: 'Qīn Chéng Huì Róng',
      explanation:
        '“亲诚惠容”是习近平2013年提出的周边外交理念，强调与邻为善、以邻为伴。2025年阿斯塔纳峰会上，习近平以此说明中亚在中国周边外交中的优先地位。',
    },
    source: {
      note: "Arabic wording as in the Xinhua Arabic report of 17 June 2025 and in Xinhua-based Arabic items (Silk Road news network, Veto) on China's neighbourhood diplomacy; origin (2013 periphery diplomacy work conference) from Chinese official coverage.",
    },
  },
  {
    id: 'astana-declaration',
    type: 'document',
    ar: {
      canonical: 'إعلان أستانا لقمة الصين-آسيا الوسطى الثانية',
      short: ['إعلان أستانا'],
    },
    en: {
      name: 'Astana Declaration of the Second China–Central Asia Summit',
      explanation:
        'The joint declaration the six heads of state signed in Astana on 17 June 2025. It sets the priority areas of cooperation (trade, industrial investment, connectivity and others) and writes the "China–Central Asia Spirit" into a summit text.',
    },
    zh: {
      name: '第二届中国—中亚峰会阿斯塔纳宣言',
      pinyin: 'Dì-èr Jiè Zhōngguó–Zhōngyà Fēnghuì Āsītǎnà Xuānyán',
      explanation:
        '2025年6月17日六国元首在阿斯塔纳签署的峰会宣言。宣言明确了贸易畅通、产业投资、互联互通等优先合作方向，并写入了“中国—中亚精神”。',
    },
    source: {
      note: 'Xinhua Arabic (17 June 2025) for the Arabic title; Chinese title and content from Chinese media summaries (China News Service, Qinghai Broadcasting). Bare "إعلان أستانا" is kept as a short form because the 2024 SCO Astana summit also adopted an "Astana Declaration".',
    },
  },
  {
    id: 'belt-and-road-initiative',
    type: 'initiative',
    ar: {
      canonical: 'مبادرة الحزام والطريق',
      variants: [
        'الحزام والطريق',
        'البناء المشترك للحزام والطريق',
        'البناء المشترك لمبادرة الحزام والطريق',
        'حزام واحد طريق واحد',
        'طريق الحرير الجديد',
        'طرق الحرير الجديدة',
      ],
    },
    en: {
      name: 'Belt and Road Initiative',
      explanation:
        "China's cross-border infrastructure and connectivity initiative, launched in 2013 as the Silk Road Economic Belt (announced in Astana) and the 21st-Century Maritime Silk Road. All five Central Asian states have signed Belt and Road cooperation documents with China, and high-quality Belt and Road cooperation is a headline theme of both China–Central Asia summits.",
    },
    zh: {
      name: '“一带一路”倡议',
      pinyin: 'Yīdài Yīlù Chàngyì',
      explanation:
        '“一带一路”倡议由“丝绸之路经济带”和“21世纪海上丝绸之路”组成，2013年提出。中亚五国均已同中国签署共建“一带一路”合作文件，高质量共建“一带一路”是两届中国—中亚峰会的核心议题。',
    },
    source: {
      note: 'Xinhua Arabic and People\'s Daily Arabic ("مبادرة الحزام والطريق", "البناء المشترك للحزام والطريق", "البناء المشترك لمبادرة الحزام والطريق"); "حزام واحد طريق واحد" in Egyptian economic press (febanks); "طريق الحرير الجديد" as a popular name in Arabic explainers (egyresmag). Facts from People\'s Daily Arabic and Chinese MFA remarks carried by Dar al-Hilal. Also طرق الحرير الجديدة, the plural of French-press usage (Al-Wasat, Kuwait).',
    },
  },
  {
    id: 'china-central-asia-business-council',
    type: 'organization',
    ar: {
      canonical: 'مجلس رجال الأعمال بين الصين وآسيا الوسطى',
    },
    en: {
      name: 'China–Central Asia Business Council',
      explanation:
        "A business body founded in Xi'an on 19 May 2023, during the first summit, by the China Council for the Promotion of International Trade together with the chambers of commerce of the five Central Asian states (Kazakhstan's Atameken among them). It gives companies a standing channel inside the China–Central Asia mechanism.",
    },
    zh: {
      name: '中国—中亚实业家委员会',
      pinyin: 'Zhōngguó–Zhōngyà Shíyèjiā Wěiyuánhuì',
      explanation:
        '2023年5月19日首届峰会期间在西安成立，由中国贸促会与中亚五国工商会（包括哈萨克斯坦“阿塔梅肯”国家企业家协会）共同发起。它是中国—中亚机制框架下工商界合作的平台。',
    },
    source: {
      note: "Xinhua English/Portuguese (16 May 2023) and Chinese reports of the founding assembly in Xi'an. No Arabic outlet name was found: the Arabic form is a descriptive rendering, not confirmed in a published source.",
      asOf: '2025-06',
    },
  },
  {
    id: 'china-central-asia-community-with-shared-future',
    type: 'initiative',
    ar: {
      canonical: 'مجتمع مصير مشترك بين الصين وآسيا الوسطى',
      variants: [
        'مجتمع مصير مشترك أوثق بين الصين وآسيا الوسطى',
        'مجتمع مصير مشترك بين الصين ودول آسيا الوسطى',
        'مجتمع مصير مشترك أوثق بين الصين ودول آسيا الوسطى',
        'مجتمع المستقبل المشترك الأوثق بين الصين وآسيا الوسطى',
        'مجتمع صيني آسيوي أوسطي أوثق ذي مستقبل مشترك',
      ],
      short: ['مجتمع مصير مشترك أوثق'],
    },
    en: {
      name: 'China–Central Asia community with a shared future',
      explanation:
        'The stated long-term goal of China–Central Asia relations, proposed by Xi Jinping at the virtual summit of January 2022 marking 30 years of diplomatic ties. Both the Xi\'an (2023) and Astana (2025) summits pledged to build a "closer" community of this kind.',
    },
    zh: {
      name: '中国—中亚命运共同体',
      pinyin: 'Zhōngguó–Zhōngyà Mìngyùn Gòngtóngtǐ',
      explanation:
        '中国同中亚国家关系的长远目标，习近平在2022年1月建交30周年视频峰会上提出构建更加紧密的中国—中亚命运共同体。西安峰会和阿斯塔纳峰会都把推进这一共同体建设作为核心目标。',
    },
    source: {
      note: 'Xinhua Arabic (2023 and 2025 reports; Al-Nahar Egypt citing Xinhua), CRI Arabic ("مجتمع المستقبل المشترك الأوثق"), KUNA and CGTN Arabic ("مجتمع صيني آسيوي أوسطي أوثق ذي مستقبل مشترك"); origin in the January 2022 video summit per Chinese official coverage.',
    },
  },
  {
    id: 'china-central-asia-desertification-cooperation-centre',
    type: 'organization',
    ar: {
      canonical: 'مركز تعاون الوقاية من التصحر ومكافحته بين الصين وآسيا الوسطى',
    },
    en: {
      name: 'China–Central Asia Cooperation Center for Desertification Prevention and Control',
      explanation:
        'One of three cooperation centres launched by video link at the Astana summit in June 2025 and formally inaugurated in Ningxia on 30 July 2025. It is meant to share Chinese sand-control techniques, run training and carry out green projects in Central Asia.',
    },
    zh: {
      name: '中国—中亚荒漠化防治合作中心',
      pinyin: 'Zhōngguó–Zhōngyà Huāngmòhuà Fángzhì Hézuò Zhōngxīn',
      explanation:
        '第二届中国—中亚峰会期间以视频方式揭牌的三个合作中心之一，2025年7月30日在宁夏正式揭牌。中心通过培训、技术交流和项目合作，与中亚国家分享防沙治沙经验。',
    },
    source: {
      note: 'Arabic name from the Xinhua Arabic report of 17 June 2025; inauguration from seeningxia.com (31 July 2025) and 24.kg on the video launch during the summit.',
      asOf: '2025-07',
    },
  },
  {
    id: 'china-central-asia-education-exchange-cooperation-centre',
    type: 'organization',
    ar: {
      canonical: 'مركز تعاون التبادلات التعليمية بين الصين وآسيا الوسطى',
    },
    en: {
      name: 'China–Central Asia Education Exchange Cooperation Center',
      explanation:
        'One of three cooperation centres launched by video link at the Astana summit in June 2025 and formally inaugurated in Xinjiang on 21 July 2025. It works on teacher training, digital learning, language teaching and education research with Central Asian partners.',
    },
    zh: {
      name: '中国—中亚教育交流合作中心',
      pinyin: 'Zhōngguó–Zhōngyà Jiàoyù Jiāoliú Hézuò Zhōngxīn',
      explanation:
        '第二届中国—中亚峰会期间以视频方式揭牌的三个合作中心之一，2025年7月21日在新疆正式揭牌。中心面向中亚国家开展教育人才培养、数字教育和语言教学等合作。',
    },
    source: {
      note: "Arabic name from the Xinhua Arabic report of 17 June 2025; inauguration from People's Daily English (22 July 2025, citing Xinjiang Daily); scope from 24.kg.",
      asOf: '2025-07',
    },
  },
  {
    id: 'china-central-asia-foreign-ministers-meeting',
    type: 'event',
    ar: {
      canonical: 'اجتماع وزراء خارجية الصين-آسيا الوسطى',
      variants: [
        'اجتماع وزراء خارجية الصين وآسيا الوسطى',
        'اجتماع وزراء خارجية الصين ودول آسيا الوسطى',
        'وزراء خارجية الصين-آسيا الوسطى',
        'وزراء خارجية الصين وآسيا الوسطى',
        'وزراء خارجية الصين ودول آسيا الوسطى',
      ],
    },
    en: {
      name: "China–Central Asia Foreign Ministers' Meeting",
      explanation:
        'The ministerial track where the China–Central Asia mechanism began, first held by video in July 2020 (the "C+C5" format). Its meetings prepare the summits: the fourth, in Xi\'an in April 2023, fixed the first summit, and the sixth, in Almaty on 26 April 2025, laid the political groundwork for Astana.',
    },
    zh: {
      name: '中国—中亚外长会晤',
      pinyin: 'Zhōngguó–Zhōngyà Wàizhǎng Huìwù',
      explanation:
        '中国—中亚机制起步于2020年7月以视频方式举行的外长会晤。外长会晤为峰会做政治准备：2023年4月西安第四次会晤敲定首届峰会，2025年4月26日阿拉木图第六次会晤为阿斯塔纳峰会作准备。',
    },
    source: {
      note: 'Xinhua via People\'s Daily Arabic (27 April 2023; 27 April 2025: "الاجتماع السادس لوزراء خارجية الصين-آسيا الوسطى"), CGTN Arabic via Mwatan ("اجتماع وزراء خارجية الصين وآسيا الوسطى"), newscentralasia.net and People\'s Daily Chinese for dates.',
      asOf: '2025-06',
    },
  },
  {
    id: 'china-central-asia-high-quality-development-years',
    type: 'initiative',
    ar: {
      canonical: 'عامين للتنمية عالية الجودة للتعاون بين الصين وآسيا الوسطى',
    },
    en: {
      name: 'Years of High-Quality Development of China–Central Asia Cooperation (2025–2026)',
      explanation:
        'The six leaders declared 2025 and 2026 years of high-quality development of their cooperation at the Astana summit. The designation steers work toward six priorities: smooth trade, industrial investment, connectivity, green minerals, agricultural modernisation and people-to-people exchanges.',
    },
    zh: {
      name: '中国中亚合作高质量发展年',
      pinyin: 'Zhōngguó Zhōngyà Hézuò Gāozhìliàng Fāzhǎn Nián',
      explanation:
        '第二届中国—中亚峰会上六国元首商定2025至2026年为“中国中亚合作高质量发展年”。合作聚焦贸易畅通、产业投资、互联互通、绿色矿产、农业现代化和人员往来等方向。',
    },
    source: {
      note: 'Arabic form as in the Xinhua Arabic report of 17 June 2025 (matched after the attached ك of "كعامين"); Chinese name from Huanqiu and People\'s Pictorial year-end review (2025 top-ten China–Central Asia news).',
      asOf: '2025-06',
    },
  },
  {
    id: 'china-central-asia-mechanism',
    type: 'initiative',
    ar: {
      canonical: 'آلية الصين-آسيا الوسطى',
      variants: [
        'آلية الصين وآسيا الوسطى',
        'آلية تعاون الصين-آسيا الوسطى',
        'آلية التعاون بين آسيا الوسطى والصين',
        'آلية تعاون آسيا الوسطى مع الصين',
      ],
      short: ['الآلية'],
    },
    en: {
      name: 'China–Central Asia mechanism',
      explanation:
        "The multilateral framework linking China with Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, launched in 2020 at foreign-minister level and raised to a heads-of-state summit in 2023. It now rests on biennial summits, a permanent secretariat in Xi'an and more than a dozen ministerial platforms.",
    },
    zh: {
      name: '中国—中亚机制',
      pinyin: 'Zhōngguó–Zhōngyà Jīzhì',
      explanation:
        '中国与中亚五国的多边合作框架，2020年以外长会晤形式启动，2023年升格为元首峰会。机制包括每两年一次的元首峰会、设在西安的常设秘书处以及十余个部级合作平台。',
    },
    source: {
      note: 'Xinhua Arabic ("آلية الصين-آسيا الوسطى", "آلية تعاون الصين-آسيا الوسطى"), Anadolu-sourced Arab Rail News and CGTN via Mwatan ("آلية الصين وآسيا الوسطى"), Menbar al-Tahrir (the two "آسيا الوسطى والصين" forms). Xi\'s Astana speech (13 ministerial platforms, June 2025) and CCTV (14 platforms, January 2026).',
      asOf: '2026-01',
    },
  },
  {
    id: 'china-central-asia-poverty-reduction-cooperation-centre',
    type: 'organization',
    ar: {
      canonical: 'مركز تعاون الحد من الفقر بين الصين وآسيا الوسطى',
    },
    en: {
      name: 'China–Central Asia Poverty Reduction Cooperation Center',
      explanation:
        'One of three cooperation centres launched by video link at the Astana summit in June 2025 and formally inaugurated in Xinjiang on 21 July 2025. It trains staff and shares Chinese poverty-alleviation experience and technology with the Central Asian states.',
    },
    zh: {
      name: '中国—中亚减贫合作中心',
      pinyin: 'Zhōngguó–Zhōngyà Jiǎnpín Hézuò Zhōngxīn',
      explanation:
        '第二届中国—中亚峰会期间以视频方式揭牌的三个合作中心之一，2025年7月21日在新疆正式揭牌。中心通过人才培训和经验技术交流，与中亚国家分享中国减贫经验。',
    },
    source: {
      note: "Arabic name from the Xinhua Arabic report of 17 June 2025; inauguration from People's Daily English (22 July 2025); scope from 24.kg and Central Asia News Agency (Chinese).",
      asOf: '2025-07',
    },
  },
  {
    id: 'china-central-asia-secretariat',
    type: 'organization',
    ar: {
      canonical: 'أمانة آلية الصين-آسيا الوسطى',
      variants: ['أمانة آلية تعاون الصين-آسيا الوسطى', 'أمانة آلية الصين وآسيا الوسطى'],
      short: ['الأمانة'],
    },
    en: {
      name: 'Secretariat of the China–Central Asia Mechanism',
      explanation:
        "The mechanism's permanent body, launched in Xi'an on 30 March 2024 after the first summit agreed to create it. It follows up summit outcomes, prepares future summits and supports the ministerial platforms. Since 2025 it has been headed by Secretary-General Sun Weidong, a former Chinese vice foreign minister; at the launch the Chinese diplomat Wu Yingqin was its executive director.",
    },
    zh: {
      name: '中国—中亚机制秘书处',
      pinyin: 'Zhōngguó–Zhōngyà Jīzhì Mìshūchù',
      explanation:
        '中国—中亚机制的常设机构，根据首届峰会共识于2024年3月30日在西安启动运行。秘书处负责落实峰会成果、筹备峰会并协调各领域合作。2025年起由曾任外交部副部长的孙卫东担任秘书长，启动时的执行主任为中国外交官吴颖钦。',
    },
    source: {
      note: 'Xinhua Arabic via ara.yidaiyilu.gov.cn ("أمانة آلية تعاون الصين-آسيا الوسطى", 30 March 2024), Seetao Arabic ("أمانة آلية الصين - آسيا الوسطى", "أمانة آلية الصين وآسيا الوسطى"); launch date also from newscentralasia.net and Astana Times; executive director Wu Yingqin and Vice Foreign Minister Sun Weidong at the launch per Xinhua, CGTN and the Kazakh foreign ministry (30 March 2024). Sun Weidong as secretary-general: People\'s Daily English (22 July 2025, inauguration of the Xinjiang cooperation centres), Khovar (6 Nov 2025, Urumqi cooperation forum) and UzDaily via Centrasia (26 Jan 2026, which also reports the Uzbek diplomat Nurali Irzaev taking up the post of deputy secretary-general). The exact start of his term was not found.',
      asOf: '2026-01',
    },
  },
  {
    id: 'china-central-asia-smooth-trade-platform',
    type: 'initiative',
    ar: {
      canonical: 'منصة التعاون التجاري السلس بين الصين وآسيا الوسطى',
      variants: ['منصة تعاون بشأن التجارة السلسة'],
    },
    en: {
      name: 'China–Central Asia Trade Facilitation (Smooth Trade) Cooperation Platform',
      explanation:
        'A platform China set up under China–Central Asia cooperation and launched at the Astana summit in June 2025, alongside the three cooperation centres. It matches Chinese and Central Asian market demand; more than 20 Central Asian institutions had joined by early 2026.',
    },
    zh: {
      name: '中国—中亚贸易畅通合作平台',
      pinyin: 'Zhōngguó–Zhōngyà Màoyì Chàngtōng Hézuò Píngtái',
      explanation:
        '在中国—中亚合作框架下设立、于第二届峰会期间启动的贸易合作平台，与三个合作中心同时揭牌。平台对接双方市场需求，截至2026年初已有20多家中亚机构加入。',
    },
    source: {
      note: 'Arabic names from the Xinhua Arabic report of 17 June 2025; launch and membership from CCTV (January 2026); Chinese name per Central Asia News Agency ("贸易畅通合作平台").',
      asOf: '2026-01',
    },
  },
  {
    id: 'china-central-asia-spirit',
    type: 'initiative',
    ar: {
      canonical: 'روح الصين-آسيا الوسطى',
    },
    en: {
      name: 'China–Central Asia Spirit',
      explanation:
        'A formula Xi Jinping first put forward at the Astana summit on 17 June 2025: "mutual respect, mutual trust, mutual benefit and mutual assistance, for joint pursuit of modernisation through high-quality development". The Central Asian leaders endorsed it and it was written into the Astana Declaration.',
    },
    zh: {
      name: '中国—中亚精神',
      pinyin: 'Zhōngguó–Zhōngyà Jīngshén',
      explanation:
        '习近平在2025年6月17日第二届中国—中亚峰会上首次提出“互尊、互信、互利、互助，以高质量发展推进共同现代化”的“中国—中亚精神”。中亚五国元首表示认同，这一精神写入了阿斯塔纳宣言。',
    },
    source: {
      note: 'Xinhua Arabic (17 June 2025) and CGTN Arabic via EIN Presswire; Chinese wording from Xinhua and China News Service.',
    },
  },
  {
    id: 'china-central-asia-summit',
    type: 'event',
    ar: {
      canonical: 'قمة الصين-آسيا الوسطى',
      variants: ['قمة الصين وآسيا الوسطى', 'قمة آسيا الوسطى الصينية'],
    },
    en: {
      name: 'China–Central Asia Summit',
      explanation:
        "The heads-of-state meeting of China and the five Central Asian states, formally established at its first in-person session in Xi'an in 2023. It meets every two years, alternating between China and a Central Asian country (in alphabetical order): Xi'an 2023, Astana 2025, China 2027.",
    },
    zh: {
      name: '中国—中亚峰会',
      pinyin: 'Zhōngguó–Zhōngyà Fēnghuì',
      explanation:
        '中国同中亚五国元首的会晤机制，2023年西安峰会正式建立。峰会每两年举办一次，由中国和中亚国家（按国名字母顺序）轮流主办：2023年西安、2025年阿斯塔纳、2027年中国。',
    },
    source: {
      note: 'Xinhua and CRI Arabic ("قمة الصين-آسيا الوسطى"), CGTN Arabic, Al Mayadeen and Vietnam.vn Arabic ("قمة الصين وآسيا الوسطى"), CGTN via Dunya al-Watan ("قمة آسيا الوسطى الصينية"); rotation rule from the Xi\'an Declaration text (English translations).',
    },
  },
  {
    id: 'china-central-asia-summit-2023-xian',
    type: 'event',
    ar: {
      canonical: 'قمة الصين-آسيا الوسطى الأولى',
      variants: ['أول قمة الصين-آسيا الوسطى', 'القمة الأولى بين الصين ودول آسيا الوسطى', 'قمة شيآن'],
      short: ['القمة الأولى', 'القمة'],
    },
    en: {
      name: "First China–Central Asia Summit (Xi'an, May 2023)",
      explanation:
        "Held in Xi'an, Shaanxi, on 18–19 May 2023 and chaired by Xi Jinping: the first in-person summit of the six states since diplomatic ties in 1992. It formally set up the summit mechanism and adopted the Xi'an Declaration and a list of outcomes.",
    },
    zh: {
      name: '首届中国—中亚峰会',
      pinyin: 'Shǒujiè Zhōngguó–Zhōngyà Fēnghuì',
      explanation:
        '2023年5月18日至19日在陕西西安举行，由习近平主持，是六国建交以来首次以实体形式举办的元首峰会。峰会正式成立中国—中亚元首会晤机制，签署《西安宣言》并通过成果清单。',
    },
    source: {
      note: 'CRI Arabic ("أول قمة الصين - آسيا الوسطى", 17 May 2023), Al Mayadeen ("القمة الأولى بين الصين ودول آسيا الوسطى"), Menbar al-Tahrir ("قمة شيآن"). The canonical "قمة الصين-آسيا الوسطى الأولى" follows Xinhua\'s pattern for the second summit and was not seen verbatim.',
    },
  },
  {
    id: 'china-central-asia-summit-2025-astana',
    type: 'event',
    ar: {
      canonical: 'قمة الصين-آسيا الوسطى الثانية',
      variants: [
        'النسخة الثانية من قمة الصين-آسيا الوسطى',
        'النسخة الثانية من قمة الصين وآسيا الوسطى',
        'الدورة الثانية من قمة الصين-آسيا الوسطى',
        'القمة الثانية للصين وآسيا الوسطى',
        'القمة الثانية بين الصين وآسيا الوسطى',
        'القمة الثانية لرؤساء دول آسيا الوسطى والصين',
      ],
      short: ['قمة أستانا', 'القمة'],
    },
    en: {
      name: 'Second China–Central Asia Summit (Astana, June 2025)',
      explanation:
        'Held at the Palace of Independence in Astana on 17 June 2025, hosted by Kazakh President Kassym-Jomart Tokayev: the first such summit in a Central Asian country. Leaders signed the Astana Declaration and the Treaty of Permanent Good-Neighborliness, Friendship and Cooperation, and Xi Jinping set out the China–Central Asia Spirit.',
    },
    zh: {
      name: '第二届中国—中亚峰会',
      pinyin: 'Dì-èr Jiè Zhōngguó–Zhōngyà Fēnghuì',
      explanation:
        '2025年6月17日在阿斯塔纳独立宫举行，由哈萨克斯坦总统托卡耶夫主办，是首次在中亚国家举办的中国—中亚峰会。六国元首签署阿斯塔纳宣言和永久睦邻友好合作条约，习近平提出“中国—中亚精神”。',
    },
    source: {
      note: 'Xinhua Arabic (seed report, 17 June 2025), KUNA via Fana News, CGTN Arabic (EIN Presswire, PR Newswire), People\'s Daily Arabic, Al-Bayda News, Menbar al-Tahrir. "قمة أستانا" is short only: the 2024 SCO summit was also held in Astana.',
    },
  },
  {
    id: 'china-central-asia-summit-2027',
    type: 'event',
    ar: {
      canonical: 'قمة الصين-آسيا الوسطى الثالثة',
    },
    en: {
      name: 'Third China–Central Asia Summit (China, 2027)',
      explanation:
        'The next summit, which the leaders agreed in Astana that China will host in 2027, in line with the rotation between China and the Central Asian states. No host city had been announced by early 2026.',
    },
    zh: {
      name: '第三届中国—中亚峰会',
      pinyin: 'Dì-sān Jiè Zhōngguó–Zhōngyà Fēnghuì',
      explanation:
        '各方在阿斯塔纳商定，第三届中国—中亚峰会将于2027年在中国举办，符合中国与中亚国家轮流主办的安排。截至2026年初，具体举办城市尚未公布。',
    },
    source: {
      note: 'Xinhua Arabic report of 17 June 2025 (seed); China as 2027 host also per CGTN via Khabar Asia (17 June 2025). No announcement of the host city was found in English, Chinese or Russian sources searched in Dec 2026, the latest of which date from early 2026.',
      asOf: '2026-01',
    },
  },
  {
    id: 'chinese-modernization',
    type: 'initiative',
    ar: {
      canonical: 'التحديث الصيني النمط',
      variants: [
        'التحديث صيني النمط',
        'التحديث الصيني النمطي',
        'التحديث على الطراز الصيني',
        'التحديث على الطريقة الصينية',
        'مسار صيني نحو التحديث',
      ],
      short: ['التحديث الصيني'],
    },
    en: {
      name: 'Chinese modernization',
      explanation:
        "The Communist Party of China's term for the country's own path to becoming a modern socialist country, set out in detail in the report to the 20th Party Congress in 2022. At the Astana summit Xi Jinping presented it as the way China pursues national rejuvenation and offered to share development opportunities with Central Asia.",
    },
    zh: {
      name: '中国式现代化',
      pinyin: 'Zhōngguóshì Xiàndàihuà',
      explanation:
        '中国共产党领导的社会主义现代化道路，党的二十大报告对其特征和本质要求作了系统阐述。习近平在阿斯塔纳峰会上表示中国以中国式现代化全面推进民族复兴，愿与中亚共享发展机遇。',
    },
    source: {
      note: 'Xinhua Arabic ("التحديث صيني النمط", seed and People\'s Daily Arabic 2024), People\'s Daily Arabic / Agnaden ("التحديث الصيني النمط", "التحديث على الطراز الصيني"), Dar al-Hilal ("التحديث الصيني النمطي"). "التحديث على الطريقة الصينية" was not found verbatim; included as a common rendering. Also مسار صيني نحو التحديث, the Chinese path to modernization (People\'s Daily Arabic, May 2023).',
    },
  },
  {
    id: 'community-with-shared-future-for-mankind',
    type: 'initiative',
    ar: {
      canonical: 'مجتمع مصير مشترك للبشرية',
      variants: [
        'مجتمع المصير المشترك للبشرية',
        'مجتمع ذي مصير مشترك للبشرية',
        'مجتمع ذي مستقبل مشترك للبشرية',
        'مجتمع المستقبل المشترك للبشرية',
        'مجتمع بمستقبل مشترك للبشرية',
        'رابطة المصير المشترك للبشرية',
        'مجتمع مصير مشترك للإنسانية',
      ],
    },
    en: {
      name: 'Community with a shared future for mankind',
      explanation:
        "Xi Jinping's central foreign-policy vision, first aired in Moscow in 2013, of a world of lasting peace, common security and shared prosperity. The Central Asian leaders voiced support for it in Astana, and the China–Central Asia community is presented as a regional step toward it.",
    },
    zh: {
      name: '人类命运共同体',
      pinyin: 'Rénlèi Mìngyùn Gòngtóngtǐ',
      explanation:
        '习近平2013年在莫斯科首次向世界提出的外交理念，倡导持久和平、普遍安全、共同繁荣的世界。中亚五国领导人在阿斯塔纳峰会上表示支持，中国—中亚命运共同体被视为其在地区层面的实践。',
    },
    source: {
      note: 'Xinhua Arabic (seed; "مجتمع مصير مشترك للبشرية"), China.org.cn Arabic key words ("مجتمع المصير المشترك للبشرية", "رابطة المصير المشترك للبشرية"), People\'s Daily Arabic ("مجتمع ذي مصير مشترك للبشرية", "مجتمع المستقبل المشترك للبشرية"), CGTN Arabic ("مجتمع ذي مستقبل مشترك للبشرية", "مجتمع بمستقبل مشترك للبشرية"). "للإنسانية" form not found verbatim; included as a common alternative.',
    },
  },
  {
    id: 'five-principles-of-peaceful-coexistence',
    type: 'initiative',
    ar: {
      canonical: 'المبادئ الخمسة للتعايش السلمي',
    },
    en: {
      name: 'Five Principles of Peaceful Coexistence',
      explanation:
        'Mutual respect for sovereignty and territorial integrity, mutual non-aggression, non-interference in internal affairs, equality and mutual benefit, and peaceful coexistence: principles China put forward with India and Myanmar in 1953–54. Beijing marked their 70th anniversary in June 2024, and their themes of sovereignty, territorial integrity and non-interference recur in China–Central Asia summit texts.',
    },
    zh: {
      name: '和平共处五项原则',
      pinyin: 'Hépíng Gòngchǔ Wǔ Xiàng Yuánzé',
      explanation:
        '互相尊重主权和领土完整、互不侵犯、互不干涉内政、平等互利、和平共处，1954年写入中印、中缅联合声明。2024年6月中国举行纪念大会纪念其发表70周年，尊重主权、领土完整和不干涉内政等内容也反复出现在中国—中亚峰会文件中。',
    },
    source: {
      note: 'Al-Dostor and Al-Ain (June 2024, citing Xinhua), Seetao Arabic; Chinese history from the 70th-anniversary coverage.',
    },
  },
  {
    id: 'four-global-initiatives',
    type: 'initiative',
    ar: {
      canonical: 'المبادرات العالمية الأربع',
    },
    en: {
      name: 'Four global initiatives',
      explanation:
        'Collective name, used since September 2025, for the Global Development, Global Security, Global Civilization and Global Governance Initiatives proposed by Xi Jinping. Chinese media present them together as the framework for building a community with a shared future for mankind.',
    },
    zh: {
      name: '四大全球倡议',
      pinyin: 'Sì Dà Quánqiú Chàngyì',
      explanation:
        '2025年9月全球治理倡议提出后，全球发展倡议、全球安全倡议、全球文明倡议和全球治理倡议合称四大全球倡议。中国将其作为推动构建人类命运共同体的整体框架。',
    },
    source: {
      note: 'Xinhua commentary carried by Al-Ittihad ("المبادرات العالمية الأربع"), CGTN Arabic on the Global Governance Initiative as the fourth.',
      asOf: '2025-09',
    },
  },
  {
    id: 'global-civilization-initiative',
    type: 'initiative',
    ar: {
      canonical: 'مبادرة الحضارة العالمية',
    },
    en: {
      name: 'Global Civilization Initiative',
      explanation:
        'Proposed by Xi Jinping in March 2023 at a high-level dialogue between the Communist Party of China and world political parties; it calls for respect for the diversity of civilizations and for exchanges among them. It is one of the global initiatives the Central Asian leaders backed at the 2025 Astana summit.',
    },
    zh: {
      name: '全球文明倡议',
      pinyin: 'Quánqiú Wénmíng Chàngyì',
      explanation:
        '习近平于2023年3月在中国共产党与世界政党高层对话会上提出，倡导尊重世界文明多样性、加强文明交流互鉴。中亚五国领导人在2025年阿斯塔纳峰会上表示支持这一倡议。',
    },
    source: {
      note: "People's Daily Arabic (25 July 2025), Xinhua commentary via Al-Ittihad, Kuwait News; summit support from the Xinhua Arabic report of 17 June 2025.",
    },
  },
  {
    id: 'global-development-initiative',
    type: 'initiative',
    ar: {
      canonical: 'مبادرة التنمية العالمية',
    },
    en: {
      name: 'Global Development Initiative',
      explanation:
        'Proposed by Xi Jinping at the UN General Assembly in September 2021 to speed up the 2030 Agenda for Sustainable Development, with a focus on poverty reduction, food security and development finance. It is one of the global initiatives the Central Asian leaders backed at the 2025 Astana summit.',
    },
    zh: {
      name: '全球发展倡议',
      pinyin: 'Quánqiú Fāzhǎn Chàngyì',
      explanation:
        '习近平于2021年9月在第76届联合国大会上提出，旨在加快落实联合国2030年可持续发展议程。中亚五国领导人在2025年阿斯塔纳峰会上表示支持这一倡议。',
    },
    source: {
      note: "People's Daily Arabic (25 July 2025), Xinhua commentary via Al-Ittihad and Kuwait News (2021 date); summit support from the Xinhua Arabic report of 17 June 2025.",
    },
  },
  {
    id: 'global-governance-initiative',
    type: 'initiative',
    ar: {
      canonical: 'مبادرة الحوكمة العالمية',
      variants: ['مبادرة الصين للحوكمة العالمية'],
    },
    en: {
      name: 'Global Governance Initiative',
      explanation:
        'Proposed by Xi Jinping on 1 September 2025 at the "SCO Plus" meeting in Tianjin, stressing sovereign equality, international rule of law, multilateralism, a people-centred approach and real results. It came after the Astana summit; leaders of all five Central Asian states took part in the Tianjin meetings and voiced support for it.',
    },
    zh: {
      name: '全球治理倡议',
      pinyin: 'Quánqiú Zhìlǐ Chàngyì',
      explanation:
        '习近平于2025年9月1日在天津“上海合作组织+”会议上提出，强调主权平等、国际法治、多边主义、以人为本和注重行动。倡议提出于阿斯塔纳峰会之后，中亚五国领导人出席天津会议并表示支持。',
    },
    source: {
      note: 'Sada El-Balad and Atheer (citing Xinhua, 1–2 September 2025), CGTN Arabic via Voice of Arabs ("مبادرة الصين للحوكمة العالمية"); Central Asian support from People\'s Pictorial year-end review (2025 top-ten China–Central Asia news).',
      asOf: '2025-09',
    },
  },
  {
    id: 'global-security-initiative',
    type: 'initiative',
    ar: {
      canonical: 'مبادرة الأمن العالمي',
    },
    en: {
      name: 'Global Security Initiative',
      explanation:
        'Proposed by Xi Jinping at the Boao Forum for Asia in April 2022; it promotes "common, comprehensive, cooperative and sustainable" security and dialogue over confrontation. It is one of the global initiatives the Central Asian leaders backed at the 2025 Astana summit, where regional security cooperation was also on the agenda.',
    },
    zh: {
      name: '全球安全倡议',
      pinyin: 'Quánqiú Ānquán Chàngyì',
      explanation:
        '习近平于2022年4月在博鳌亚洲论坛年会上提出，倡导共同、综合、合作、可持续的安全观。中亚五国领导人在2025年阿斯塔纳峰会上表示支持，峰会也讨论了地区安全合作。',
    },
    source: {
      note: "People's Daily Arabic (25 July 2025), Xinhua commentary via Al-Ittihad and Kuwait News; summit support from the Xinhua Arabic report of 17 June 2025.",
    },
  },
  {
    id: 'great-rejuvenation-of-the-chinese-nation',
    type: 'initiative',
    ar: {
      canonical: 'النهضة العظيمة للأمة الصينية',
      variants: ['تجديد الشباب الوطني العظيم للأمة الصينية'],
    },
    en: {
      name: 'Great rejuvenation of the Chinese nation',
      explanation:
        "The Communist Party of China's long-term national goal, to be reached through Chinese modernization by the middle of the century. Xi Jinping restated it at the Astana summit when explaining China's development path to his Central Asian counterparts.",
    },
    zh: {
      name: '中华民族伟大复兴',
      pinyin: 'Zhōnghuá Mínzú Wěidà Fùxīng',
      explanation:
        '中国共产党提出的长远民族目标，以中国式现代化全面推进。习近平在阿斯塔纳峰会上向中亚国家领导人介绍中国发展道路时重申了这一目标。',
    },
    source: {
      note: 'Xinhua Arabic ("تجديد الشباب الوطني العظيم للأمة الصينية", seed 17 June 2025), People\'s Daily Arabic via Agnaden ("النهضة العظيمة للأمة الصينية", 20th Party Congress report).',
    },
  },
  {
    id: 'luban-workshop',
    type: 'initiative',
    ar: {
      canonical: 'ورشة لوبان',
      variants: ['ورش لوبان', 'ورشة عمل لوبان'],
    },
    en: {
      name: 'Luban Workshop',
      explanation:
        "China's overseas vocational-training brand, named after the ancient craftsman Lu Ban; the first opened in Thailand in 2016 under Tianjin's lead. Central Asia's first opened in Tajikistan in 2022, others followed in the region, and Xi Jinping offered more of them at the Astana summit.",
    },
    zh: {
      name: '鲁班工坊',
      pinyin: 'Lǔ Bān Gōngfāng',
      explanation:
        '以古代工匠鲁班命名的中国职业教育海外品牌，2016年由天津在泰国建成首家。中亚首家鲁班工坊2022年在塔吉克斯坦启用，习近平在阿斯塔纳峰会上表示愿在中亚设立更多鲁班工坊。',
    },
    source: {
      note: 'Xinhua Arabic (15 Oct 2024) and People\'s Daily Arabic (6 May 2023) for "ورشة لوبان", seed and Al-Dostor for "ورش لوبان", Silk Road news network (alharir.info) for "ورشة عمل لوبان" and the Tajikistan workshop; People\'s Daily Chinese (June 2025). "لوبان" alone is not listed: it is also the Arabic spelling of Le Pen.',
    },
  },
  {
    id: 'maritime-silk-road',
    type: 'initiative',
    ar: {
      canonical: 'طريق الحرير البحري للقرن الحادي والعشرين',
      variants: ['طريق الحرير البحري للقرن ال21'],
      short: ['طريق الحرير البحري'],
    },
    en: {
      name: '21st-Century Maritime Silk Road',
      explanation:
        'The sea-route half of the Belt and Road Initiative, proposed by Xi Jinping in a speech to the Indonesian parliament on 3 October 2013. It links Chinese ports with South-East Asia, South Asia, the Gulf, Africa and Europe, complementing the overland Silk Road Economic Belt that runs through Central Asia.',
    },
    zh: {
      name: '21世纪海上丝绸之路',
      pinyin: 'Èrshíyī Shìjì Hǎishàng Sīchóu zhī Lù',
      explanation:
        '“一带一路”中的海上部分，习近平于2013年10月3日在印度尼西亚国会演讲时提出。它连接中国港口与东南亚、南亚、西亚、非洲和欧洲，与途经中亚的丝绸之路经济带相辅相成。',
    },
    source: {
      note: 'China.org.cn Arabic key words and ara.yidaiyilu.gov.cn ("طريق الحرير البحري للقرن الحادي والعشرين"), China Today Arabic; "للقرن الـ21" form in Arabic BRI explainers (Guocheng blog, copying Chinese media wording).',
    },
  },
  {
    id: 'new-quality-productive-forces',
    type: 'initiative',
    ar: {
      canonical: 'قوى إنتاجية جديدة عالية الجودة',
      variants: [
        'القوى الإنتاجية الجديدة عالية الجودة',
        'القوى الإنتاجية الجديدة ذات الجودة',
        'القوى الإنتاجية الجديدة النوعية',
        'القوى الإنتاجية الحديثة النوعية',
        'قوى إنتاجية حديثة نوعية',
        'قوى منتجة حديثة النوعية',
        'القوى المنتجة حديثة النوعية',
      ],
      short: ['القوى الإنتاجية الجديدة'],
    },
    en: {
      name: 'New quality productive forces',
      explanation:
        'An economic concept Xi Jinping first raised in September 2023 for growth driven by technological breakthroughs, innovation and industrial upgrading rather than by volume. At the Astana summit he named fostering such forces as an aim of the 2025–2026 years of high-quality cooperation with Central Asia.',
    },
    zh: {
      name: '新质生产力',
      pinyin: 'Xīnzhì Shēngchǎnlì',
      explanation:
        '习近平2023年9月在黑龙江考察时首次提出的经济概念，强调以科技创新和产业升级推动高质量发展。习近平在阿斯塔纳峰会上提出，中国中亚合作高质量发展年要推动培育新质生产力。',
    },
    source: {
      note: 'Xinhua Arabic (seed; ara.yidaiyilu.gov.cn 2024: "القوى الإنتاجية الجديدة عالية الجودة"), ONW News citing a Xinhua roundtable ("ذات الجودة"), Maaal ("الجديدة النوعية", origin in Heilongjiang), Xinhua commentary via chinainarabic.org ("الحديثة النوعية"), China.org.cn Arabic ("قوى منتجة حديثة النوعية"), People\'s Daily Arabic ("القوى الإنتاجية الجديدة").',
    },
  },
  {
    id: 'silk-road',
    type: 'initiative',
    ar: {
      canonical: 'طريق الحرير',
      variants: ['طريق الحرير القديم'],
    },
    en: {
      name: 'Silk Road (historical)',
      explanation:
        "The ancient network of overland trade routes that from the Han dynasty linked China, via Central Asia, with West Asia and Europe; Xi'an (ancient Chang'an) was its eastern starting point. Summit speeches use it as the emblem of more than 2,000 years of China–Central Asia exchanges and the model for the Belt and Road.",
    },
    zh: {
      name: '丝绸之路',
      pinyin: 'Sīchóu zhī Lù',
      explanation:
        '自汉代起经中亚连接中国与西亚、欧洲的古代陆上商路，西安（古长安）是其东方起点。两届峰会的讲话都以丝绸之路象征中国同中亚两千多年的友好交往，也是“一带一路”的历史渊源。',
    },
    source: {
      note: 'CRI Arabic and People\'s Daily Arabic ("طريق الحرير القديم"), Menbar al-Tahrir; history from People\'s Daily and China.org.cn. Typed as a concept to keep it in this family; it is a historical route, not an initiative.',
    },
  },
  {
    id: 'silk-road-economic-belt',
    type: 'initiative',
    ar: {
      canonical: 'الحزام الاقتصادي لطريق الحرير',
      variants: ['الحزام الاقتصادي لطريق الحرير الجديد', 'حزام طريق الحرير الاقتصادي'],
      short: ['الحزام الاقتصادي'],
    },
    en: {
      name: 'Silk Road Economic Belt',
      explanation:
        "The overland half of the Belt and Road Initiative, first proposed by Xi Jinping in a speech at Nazarbayev University in Astana on 7 September 2013. Because it was announced in Kazakhstan and runs through Central Asia, summit coverage often calls the region the Belt and Road's birthplace.",
    },
    zh: {
      name: '丝绸之路经济带',
      pinyin: 'Sīchóu zhī Lù Jīngjìdài',
      explanation:
        '“一带一路”中的陆上部分，习近平于2013年9月7日在阿斯塔纳纳扎尔巴耶夫大学演讲时首次提出。由于倡议在哈萨克斯坦提出并贯穿中亚，中亚被称为共建“一带一路”的首倡之地。',
    },
    source: {
      note: 'People\'s Daily Arabic (2016, 2017, 2 July 2024), Veto via Masress ("الحزام الاقتصادي لطريق الحرير الجديد"), Febanks ("حزام طريق الحرير الاقتصادي"). The short reference الحزام الاقتصادي after the full name (Veto via Masress).',
    },
  },
  {
    id: 'three-global-initiatives',
    type: 'initiative',
    ar: {
      canonical: 'المبادرات العالمية الثلاث',
      variants: ['المبادرات العالمية الرئيسية الثلاث'],
    },
    en: {
      name: 'Three global initiatives',
      explanation:
        'Collective name for the Global Development (2021), Global Security (2022) and Global Civilization (2023) Initiatives proposed by Xi Jinping. The five Central Asian leaders voiced active support for all three at the Astana summit; a fourth, the Global Governance Initiative, followed in September 2025.',
    },
    zh: {
      name: '三大全球倡议',
      pinyin: 'Sān Dà Quánqiú Chàngyì',
      explanation:
        '指习近平提出的全球发展倡议（2021年）、全球安全倡议（2022年）和全球文明倡议（2023年）。中亚五国领导人在阿斯塔纳峰会上表示积极支持，2025年9月又提出了第四项全球治理倡议。',
    },
    source: {
      note: 'Xinhua Arabic (seed: "المبادرات العالمية الرئيسية الثلاث"), People\'s Daily Arabic commentary of 25 July 2025 ("المبادرات العالمية الثلاث").',
    },
  },
  {
    id: 'treaty-permanent-good-neighbourliness',
    type: 'document',
    ar: {
      canonical: 'معاهدة حسن الجوار الدائم والصداقة والتعاون',
      variants: ['معاهدة حسن الجوار الدائم والتعاون الودي', 'معاهدة دائمة لحسن الجوار والتعاون الودي'],
    },
    en: {
      name: 'Treaty of Permanent Good-Neighborliness, Friendship and Cooperation',
      explanation:
        "A treaty China and the five Central Asian states signed at the Astana summit on 17 June 2025, putting the principle of lasting friendship into legal form. Its articles commit the six to settle disputes peacefully, not to join alliances aimed at one another and to cooperate against terrorism, separatism and extremism. Xi Jinping called it a first in China's diplomacy with its neighbours and a milestone for the six countries.",
    },
    zh: {
      name: '永久睦邻友好合作条约',
      pinyin: 'Yǒngjiǔ Mùlín Yǒuhǎo Hézuò Tiáoyuē',
      explanation:
        '2025年6月17日中国同中亚五国在阿斯塔纳峰会上签署的条约，以法律形式确立世代友好原则。条约规定各方和平解决争端、不参加针对其他缔约方的联盟或集团，并合作打击恐怖主义、分裂主义和极端主义。习近平称其为中国周边外交的开创之举和六国关系史上的里程碑。',
    },
    source: {
      note: 'Xinhua Arabic (seed), KUNA via Fana News and CGTN Arabic ("معاهدة حسن الجوار الدائم والتعاون الودي"), Hormuz News citing Xinhua ("معاهدة دائمة لحسن الجوار والتعاون الودي"); Chinese title from Xinhua and the 2025 top-ten China–Central Asia news. English title as in the English text of Xi Jinping\'s Astana keynote (17 June 2025, reproduced by Fred Gao and Socialist China, June 2025), used identically in every entry. Other English renderings in circulation: "treaty on eternal good-neighborliness, friendship and cooperation" (Xinhua via People\'s Daily English, 18–19 June 2025, MFA spokesperson briefing), "Treaty on Eternal Good Neighbourliness, Friendship and Cooperation" (Kazakh presidency, June 2025) and "treaty of permanent good neighborliness and friendly cooperation" (KUNA, 17 June 2025). Content of the articles from the treaty text as published in June 2025 (Socialist China, CIS Legislation).',
    },
  },
  {
    id: 'un-80th-anniversary',
    type: 'event',
    ar: {
      canonical: 'الذكرى الثمانين لتأسيس الأمم المتحدة',
      variants: [
        'الذكرى ال80 لتأسيس الأمم المتحدة',
        'الذكرى الثمانين لتأسيس منظمة الأمم المتحدة',
        'الذكرى الثمانين للأمم المتحدة',
      ],
    },
    en: {
      name: '80th anniversary of the founding of the United Nations',
      explanation:
        'The United Nations was founded in 1945, and its 80th anniversary fell in 2025. In Astana Xi Jinping paired it with the 80th anniversary of victory in the Second World War to call for defending the UN-centred international system.',
    },
    zh: {
      name: '联合国成立80周年',
      pinyin: 'Liánhéguó Chénglì Bāshí Zhōunián',
      explanation:
        '联合国成立于1945年，2025年迎来成立80周年。习近平在阿斯塔纳峰会上把它与世界反法西斯战争胜利80周年并提，呼吁维护以联合国为核心的国际体系。',
    },
    source: {
      note: 'Xinhua Arabic (seed: "الذكرى الـ80 لتأسيس الأمم المتحدة"), UN News Arabic (22 Sept 2025: "الذكرى الثمانين لتأسيس الأمم المتحدة"), Hadith Watan ("لتأسيس منظمة الأمم المتحدة"), Akhbar Al-Khaleej ("الذكرى الثمانين للأمم المتحدة").',
    },
  },
  {
    id: 'victory-80th-anniversary',
    type: 'event',
    ar: {
      canonical: 'الذكرى الثمانين لانتصار حرب المقاومة الشعبية الصينية ضد العدوان الياباني',
      variants: [
        'الذكرى ال80 لانتصار حرب المقاومة الشعبية الصينية ضد العدوان الياباني',
        'الذكرى ال80 لانتصار حرب المقاومة الشعبية الصينية ضد العدوان الياباني والحرب العالمية ضد الفاشية',
        'الذكرى الثمانين لانتصار حرب المقاومة الشعبية الصينية ضد العدوان الياباني والحرب العالمية ضد الفاشية',
        'الذكرى الثمانين لنصر الحرب الشعبية الصينية ضد العدوان الياباني والحرب العالمية المناهضة للفاشية',
        'الذكرى ال80 لانتصار الحرب الصينية ضد العدوان الياباني والحرب العالمية المضادة للفاشية',
      ],
    },
    en: {
      name: "80th anniversary of victory in the Chinese People's War of Resistance against Japanese Aggression and the World Anti-Fascist War",
      explanation:
        'China marked it in 2025, with a commemoration and military parade in Beijing on 3 September. At the Astana summit Xi Jinping recalled that the peoples of China and Central Asia supported each other in that war and urged defending the fruits of victory in the Second World War.',
    },
    zh: {
      name: '中国人民抗日战争暨世界反法西斯战争胜利80周年',
      pinyin: 'Zhōngguó Rénmín Kàng Rì Zhànzhēng jì Shìjiè Fǎn Fǎxīsī Zhànzhēng Shènglì Bāshí Zhōunián',
      explanation:
        '2025年是中国人民抗日战争暨世界反法西斯战争胜利80周年，9月3日北京举行纪念大会和阅兵。习近平在阿斯塔纳峰会上回顾中国和中亚人民在战争中相互支持，呼吁捍卫二战胜利成果。',
    },
    source: {
      note: 'Xinhua Arabic (seed, with "الـ80"), Akhbar Al-Khaleej (22 Sept 2025) and the Silk Road news network ("الذكرى الثمانين لانتصار حرب المقاومة الشعبية الصينية ..."), Asia City News ("لنصر الحرب الشعبية الصينية ... المناهضة للفاشية"), Al-Wakeel News (3 Sept 2025 parade). Also الذكرى الـ80 لانتصار الحرب الصينية ضد العدوان الياباني والحرب العالمية المضادة للفاشية (Sino Panorama, 2025).',
    },
  },
  {
    id: 'war-of-resistance-against-japanese-aggression',
    type: 'event',
    ar: {
      canonical: 'حرب المقاومة الشعبية الصينية ضد العدوان الياباني',
      variants: ['الحرب الشعبية الصينية ضد العدوان الياباني', 'حرب مقاومة العدوان الياباني'],
    },
    en: {
      name: "Chinese People's War of Resistance against Japanese Aggression",
      explanation:
        "China's name for its war against Japanese invasion, dated officially from 1931 (full-scale from 1937) to Japan's surrender in 1945, and counted as the main Eastern theatre of the Second World War. Its 80th victory anniversary in 2025 was cited at the Astana summit.",
    },
    zh: {
      name: '中国人民抗日战争',
      pinyin: 'Zhōngguó Rénmín Kàng Rì Zhànzhēng',
      explanation:
        '中国人民抵抗日本侵略的战争，始于1931年（1937年起全面抗战），1945年取得胜利，是世界反法西斯战争的东方主战场。2025年胜利80周年在阿斯塔纳峰会上被提及。',
    },
    source: {
      note: 'Xinhua Arabic (seed), Silk Road news network and Akhbar Al-Khaleej; "الحرب الشعبية الصينية ضد العدوان الياباني" from Asia City News; "حرب مقاومة العدوان الياباني" from Al-Wakeel News.',
    },
  },
  {
    id: 'world-anti-fascist-war',
    type: 'event',
    ar: {
      canonical: 'الحرب العالمية ضد الفاشية',
      variants: ['الحرب العالمية المناهضة للفاشية', 'الحرب العالمية المضادة للفاشية'],
    },
    en: {
      name: 'World Anti-Fascist War',
      explanation:
        "The term Chinese official usage gives to the Second World War as fought by the Allies against the fascist Axis powers, ending in 1945. Its 80th victory anniversary in 2025 was paired with China's own war of resistance at the Astana summit.",
    },
    zh: {
      name: '世界反法西斯战争',
      pinyin: 'Shìjiè Fǎn Fǎxīsī Zhànzhēng',
      explanation:
        '中国官方对第二次世界大战中同盟国反抗法西斯轴心国战争的称谓，1945年取得胜利。2025年胜利80周年在阿斯塔纳峰会上与中国人民抗日战争一并提及。',
    },
    source: {
      note: 'Xinhua Arabic (seed) and Al-Wakeel News ("الحرب العالمية ضد الفاشية"), Asia City News ("المناهضة للفاشية"), Sino Panorama / Al-Mashhad al-Sini ("المضادة للفاشية").',
    },
  },
  {
    id: 'world-war-ii',
    type: 'event',
    ar: { canonical: 'الحرب العالمية الثانية' },
    en: {
      name: 'Second World War',
      explanation:
        'The Second World War (1939–1945) is the war that Chinese diplomacy also calls the World Anti-Fascist War. At the 2025 summit Xi called for defending the outcomes of victory in that war, in the year of its 80th anniversary.',
    },
    zh: {
      name: '第二次世界大战',
      pinyin: 'Dì-èr Cì Shìjiè Dàzhàn',
      explanation:
        '第二次世界大战（1939—1945年），中国外交中也称世界反法西斯战争。2025年峰会正值胜利80周年，习近平在讲话中呼吁维护二战胜利成果。',
    },
    source: {
      note: 'Seed article (Xinhua Arabic, Astana, 17 June 2025): "ثمار انتصار الحرب العالمية الثانية". Dates: general history.',
    },
  },
  {
    id: 'xian-declaration',
    type: 'document',
    ar: {
      canonical: 'إعلان شيآن',
      variants: ['إعلان شيآن لقمة الصين-آسيا الوسطى'],
    },
    en: {
      name: "Xi'an Declaration of the China–Central Asia Summit",
      explanation:
        "The joint declaration the six heads of state signed at the first summit in Xi'an on 19 May 2023. It formally established the summit mechanism, pledged a closer China–Central Asia community with a shared future and agreed to study a permanent secretariat.",
    },
    zh: {
      name: '中国—中亚峰会西安宣言',
      pinyin: "Zhōngguó–Zhōngyà Fēnghuì Xī'ān Xuānyán",
      explanation:
        '2023年5月19日六国元首在首届峰会上签署的宣言。宣言宣布正式成立中国—中亚元首会晤机制，承诺构建更加紧密的中国—中亚命运共同体，并研究设立常设秘书处。',
    },
    source: {
      note: 'CRI Arabic (19 May 2023: "إعلان شيآن لقمة الصين - آسيا الوسطى"), Xinhua via Al-Nahar Egypt; contents from the full-text English translations (Teller Report, cnkz-edu).',
    },
  },
  {
    id: 'xian-summit-list-of-outcomes',
    type: 'document',
    ar: {
      canonical: 'قائمة نتائج قمة الصين-آسيا الوسطى',
      variants: ['قائمة مخرجات قمة الصين-آسيا الوسطى'],
      short: ['قائمة مخرجات القمة', 'قائمة بنتائج القمة'],
    },
    en: {
      name: "List of Outcomes of the China–Central Asia Summit (Xi'an, 2023)",
      explanation:
        "The list of agreed cooperation items adopted alongside the Xi'an Declaration in May 2023. Its first items set up the summit mechanism, ministerial meetings in priority areas and a study of a permanent secretariat, followed by trade, transport, energy and people-to-people measures.",
    },
    zh: {
      name: '中国—中亚峰会成果清单',
      pinyin: 'Zhōngguó–Zhōngyà Fēnghuì Chéngguǒ Qīngdān',
      explanation:
        '2023年5月首届峰会与《西安宣言》一同通过的合作成果清单。清单首先列出建立元首会晤机制、重点领域部长级会晤机制和研究设立常设秘书处等内容，随后是经贸、交通、能源和人文等合作举措。',
    },
    source: {
      note: 'Short forms from CRI Arabic ("قائمة مخرجات القمة") and Xinhua via Al-Nahar Egypt ("قائمة بنتائج القمة"); content from the English full text (Teller Report). The two full Arabic forms render the Chinese title and were not seen verbatim.',
    },
  },
  {
    id: 'xian-vision',
    type: 'initiative',
    ar: {
      canonical: 'رؤية شيآن',
    },
    en: {
      name: "Xi'an Vision",
      explanation:
        "Xi Jinping's name, in his Astana speech, for the blueprint of China–Central Asia cooperation the six leaders drew up together at the 2023 Xi'an summit. He used it to frame the Astana summit as taking that plan forward.",
    },
    zh: {
      name: '西安愿景',
      pinyin: "Xī'ān Yuànjǐng",
      explanation:
        '习近平在阿斯塔纳峰会主旨发言中回顾，六国两年前在西安“共同擘画了中国中亚合作的西安愿景”。这一说法指首届西安峰会确立的合作蓝图。',
    },
    source: {
      note: 'Xinhua Arabic (seed: "رؤية شيآن للتعاون بين الصين وآسيا الوسطى"); Chinese text of the keynote of 17 June 2025 (reprinted by Beijing Normal University).',
    },
  },
];
