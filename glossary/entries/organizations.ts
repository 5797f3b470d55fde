import type { GlossaryEntry } from '../schema';

/**
 * Organisations, media that report the China–Central Asia Summit, and flagship projects.
 * Arabic forms without direct evidence in the sources checked are named in each `source.note`.
 */
export const organizations: GlossaryEntry[] = [
  {
    id: 'anadolu-agency',
    type: 'organization',
    ar: {
      canonical: 'وكالة الأناضول',
      variants: ['وكالة أنباء الأناضول', 'وكالة الأناضول للأنباء'],
      short: ['الأناضول'],
    },
    en: {
      name: 'Anadolu Agency',
      explanation:
        "Turkey's state-run news agency, founded in 1920, which runs a large Arabic-language service. It reports regularly on Central Asia and the Organization of Turkic States, so Arabic readers often meet China–Central Asia news through its wire.",
    },
    zh: {
      name: '阿纳多卢通讯社',
      pinyin: 'Ānàduōlú Tōngxùnshè',
      explanation:
        '土耳其官方通讯社，创办于1920年，设有规模较大的阿拉伯语服务。它经常报道中亚和突厥国家组织的动态，不少阿拉伯语读者通过它的电稿了解中国—中亚合作。',
    },
    source: {
      note: 'Founding year from Anadolu\'s centenary message reported by Kazinform (2020). Arabic forms "وكالة أنباء الأناضول" and "وكالة الأناضول للأنباء" seen in Saudi newspapers (SaudiNewsNet corpus). Bare "الأناضول" is also the region (Anatolia), so it is only a short form.',
    },
  },
  {
    id: 'angren-pap-railway',
    type: 'project',
    ar: {
      canonical: 'سكة حديد أنغرين-باب',
      variants: ['سكة حديد أنجرين-باب', 'خط أنغرين-باب'],
    },
    en: {
      name: 'Angren–Pap railway',
      explanation:
        'An electrified line of about 123 km in Uzbekistan, built 2013–2016, that links the Fergana Valley with the Tashkent region without crossing a neighbouring country. Its key section, the Kamchiq tunnel, was built by a Chinese company and part of the line was financed by the Export-Import Bank of China, so it is often cited as an early Belt and Road success in Central Asia.',
    },
    zh: {
      name: '安格连—帕普铁路',
      pinyin: 'Āngélián–Pàpǔ Tiělù',
      explanation:
        '乌兹别克斯坦境内全长约123公里的电气化铁路，2013年至2016年建成，使费尔干纳盆地与塔什干州无需途经邻国即可连通。其关键工程卡姆奇克隧道由中国企业承建，部分资金来自中国进出口银行，常被视为中乌共建"一带一路"的标志性成果。',
    },
    source: {
      note: "Length, dates, cost and the USD 350 million China Exim loan from railway-trade reports (Rayhaber, Fergana News, People's Daily Spanish, 2013–2016). Arabic name not found in the sources searched: all three forms are transliterations following common Arabic practice (Egyptian papers write ج for g), included without direct evidence.",
      asOf: '2016-06',
    },
  },
  {
    id: 'asian-infrastructure-investment-bank',
    type: 'organization',
    ar: {
      canonical: 'البنك الآسيوي للاستثمار في البنية التحتية',
      variants: [
        'البنك الآسيوي للاستثمار في البنى التحتية',
        'بنك استثمار البنية التحتية الآسيوي',
        'البنك الآسيوي لاستثمارات البنية التحتية',
        'AIIB',
      ],
    },
    en: {
      name: 'Asian Infrastructure Investment Bank (AIIB)',
      explanation:
        'A multilateral development bank proposed by China in 2013, founded in 2015 and operating from Beijing since January 2016. Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan are among its members, and it co-finances transport and energy projects that China–Central Asia documents call for.',
    },
    zh: {
      name: '亚洲基础设施投资银行',
      pinyin: 'Yàzhōu Jīchǔ Shèshī Tóuzī Yínháng',
      explanation:
        '由中国倡议、2015年成立、2016年1月在北京开业的多边开发银行，简称亚投行。哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦和乌兹别克斯坦均为成员，它为中国—中亚合作文件所倡导的交通和能源项目提供融资支持。',
    },
    source: {
      note: 'Dates from Xinhua/China-in-Arabic reports. Arabic forms: "البنك الآسيوي للاستثمار في البنية التحتية" and "AIIB" (Xinhua via People\'s Daily Arabic), "بنك استثمار البنية التحتية الآسيوي" (People\'s Daily Arabic 2018), "البنك الآسيوي لاستثمارات البنية التحتية" (Saba via Al-Maghrib Today); "البنى التحتية" wording included as a well-known alternative without direct evidence.',
      asOf: '2025-06',
    },
  },
  {
    id: 'brics',
    type: 'organization',
    ar: { canonical: 'بريكس' },
    en: {
      name: 'BRICS',
      explanation:
        'A grouping of large emerging economies founded by Brazil, Russia, India and China, later joined by South Africa and, from 2024, by further members. Kazakhstan and Uzbekistan became BRICS partner countries on 1 January 2025, which is why the group comes up in coverage of China–Central Asia relations.',
    },
    zh: {
      name: '金砖国家',
      pinyin: 'Jīnzhuān Guójiā',
      explanation:
        '由巴西、俄罗斯、印度和中国发起、后有南非及2024年起更多国家加入的新兴经济体合作机制。哈萨克斯坦和乌兹别克斯坦自2025年1月1日起成为金砖伙伴国，因此该机制常出现在中国—中亚关系的报道中。',
    },
    source: {
      note: 'Partner-country status from TASS, Trend and Kremlin aide Ushakov (Dec 2024–Jan 2025). Arabic "بريكس" seen in Saudi newspapers (SaudiNewsNet corpus).',
      asOf: '2025-06',
    },
  },
  {
    id: 'carec',
    type: 'organization',
    ar: {
      canonical: 'برنامج التعاون الاقتصادي الإقليمي لمنطقة آسيا الوسطى',
      variants: ['التعاون الاقتصادي الإقليمي لمنطقة آسيا الوسطى'],
    },
    en: {
      name: 'Central Asia Regional Economic Cooperation (CAREC) Program',
      explanation:
        'A regional programme launched with the Asian Development Bank, which acts as its secretariat, in the late 1990s and raised to ministerial level in 2002, working on transport, trade and energy links. Its 11 members are Afghanistan, Azerbaijan, China, Georgia (since 2016), Kazakhstan, Kyrgyzstan, Mongolia, Pakistan, Tajikistan, Turkmenistan and Uzbekistan, and its CAREC Institute sits in Urumqi, so officials present it as complementary to the Belt and Road Initiative.',
    },
    zh: {
      name: '中亚区域经济合作',
      pinyin: 'Zhōngyà Qūyù Jīngjì Hézuò',
      explanation:
        '由亚洲开发银行于20世纪90年代后期发起、2002年提升为部长级合作的区域合作机制，亚行担任秘书处，重点推进交通、贸易和能源领域合作。成员包括中国、阿富汗、阿塞拜疆、格鲁吉亚（2016年加入）、哈萨克斯坦、吉尔吉斯斯坦、蒙古国、巴基斯坦、塔吉克斯坦、土库曼斯坦和乌兹别克斯坦共11国，其中亚区域经济合作学院设在乌鲁木齐，各方常称该机制与“一带一路”倡议相互补充。',
    },
    source: {
      note: "History and membership: China's State Council Information Office, China Keywords (July 2019: launched 1996, ministerial since 2002, 11 members, Georgia since 2016), ADB's Regional Cooperation and Integration portal (created 1997, same 11 countries) and the CAREC programme site (ADB as secretariat). Xinhua Arabic (Manila, 3 May 2018) and the Belt and Road portal in Arabic (CAREC Institute in Urumqi; link with the Belt and Road). Arabic: برنامج التعاون الاقتصادي الإقليمي لمنطقة آسيا الوسطى (both), التعاون الاقتصادي الإقليمي لمنطقة آسيا الوسطى (Belt and Road portal headline). No Arabic acronym (such as كاريك) was found.",
      asOf: '2019-07',
    },
  },
  {
    id: 'cctv',
    type: 'organization',
    ar: {
      canonical: 'تلفزيون الصين المركزي',
      variants: ['التلفزيون المركزي الصيني', 'التلفزيون الصيني المركزي', 'التلفزيون الصيني', 'CCTV'],
    },
    en: {
      name: 'China Central Television (CCTV)',
      explanation:
        "China's national state television broadcaster, now part of China Media Group. Its evening news and special programmes carry the official Chinese account of summits such as the China–Central Asia Summit.",
    },
    zh: {
      name: '中央电视台',
      pinyin: 'Zhōngyāng Diànshìtái',
      explanation:
        '中国国家电视台，现隶属于中央广播电视总台。其新闻联播和专题节目对中国—中亚峰会等重大外交活动进行权威报道。',
    },
    source: {
      note: 'Arabic forms: "تلفزيون الصين المركزي" and "CCTV" (Arabic articles about CGTN), "التلفزيون المركزي الصيني" (Egyptian outlets), "التلفزيون الصيني المركزي" (Al-Hayat on the launch of its Arabic channel); "التلفزيون الصيني", "Chinese television", as agencies cite the state broadcaster (Sharjah24 relaying Xi\'s words, January 2022).',
    },
  },
  {
    id: 'central-asia-china-gas-pipeline',
    type: 'project',
    ar: {
      canonical: 'خط أنابيب الغاز بين الصين وآسيا الوسطى',
      variants: [
        'خط أنابيب الغاز الصين-آسيا الوسطى',
        'خط أنابيب الصين-آسيا الوسطى',
        'خط أنابيب الغاز الطبيعي بين الصين وآسيا الوسطى',
        'خط أنابيب الغاز آسيا الوسطى-الصين',
        'خط أنابيب الصين-تركمانستان',
      ],
    },
    en: {
      name: 'Central Asia–China gas pipeline',
      explanation:
        'A system of parallel gas pipelines running from Turkmenistan through Uzbekistan and Kazakhstan to Xinjiang: line A opened in December 2009, followed by lines B (2010) and C (2014). A fourth line, D, routed through Uzbekistan, Tajikistan and Kyrgyzstan, had construction of its Tajik section launched in 2014 but is still unfinished, and its future is a recurring topic at China–Central Asia meetings.',
    },
    zh: {
      name: '中国—中亚天然气管道',
      pinyin: 'Zhōngguó–Zhōngyà Tiānránqì Guǎndào',
      explanation:
        '起自土库曼斯坦、经乌兹别克斯坦和哈萨克斯坦进入新疆的多线并行天然气管道系统，A线于2009年12月投产，B线、C线分别于2010年和2014年投产。途经乌兹别克斯坦、塔吉克斯坦和吉尔吉斯斯坦的D线塔吉克斯坦段于2014年开工但全线尚未建成，其推进是中国—中亚会晤中的常见议题。',
    },
    source: {
      note: 'Opening dates from RT Arabic, Al-Hayat and Xinhua Russian (2009); line D start in Tajikistan in September 2014 from CRI. Arabic forms "خط أنابيب الغاز الصين-آسيا الوسطى", "خط أنابيب الصين-آسيا الوسطى" and "خط أنابيب الصين-تركمانستان" from the Arabic encyclopedia Marefa; the other two follow Xinhua Arabic word order and are included without direct evidence.',
      asOf: '2025-06',
    },
  },
  {
    id: 'cgtn',
    type: 'organization',
    ar: {
      canonical: 'سي جي تي إن',
      variants: ['CGTN', 'شبكة تلفزيون الصين الدولية'],
    },
    en: {
      name: 'CGTN (China Global Television Network)',
      explanation:
        "China's international television network, launched in 2016 and run by China Media Group; its Arabic channel grew out of CCTV's Arabic service. CGTN Arabic broadcasts Chinese coverage of the China–Central Asia Summit to Arab audiences.",
    },
    zh: {
      name: '中国国际电视台',
      pinyin: 'Zhōngguó Guójì Diànshìtái',
      explanation:
        '中国国际电视台（CGTN）于2016年开播，隶属中央广播电视总台，其阿拉伯语频道由央视阿语频道发展而来。它向阿拉伯受众播报中国—中亚峰会等中方报道。',
    },
    source: {
      note: 'Arabic "سي جي تي إن" (Al-Ittihad, UAE) and "CGTN" (many Arabic pages). "شبكة تلفزيون الصين الدولية" is a literal rendering of the English name, included without direct evidence.',
    },
  },
  {
    id: 'china-daily',
    type: 'organization',
    ar: {
      canonical: 'تشاينا ديلي',
      variants: ['تشاينا دايلي'],
    },
    en: {
      name: 'China Daily',
      explanation:
        "China's main state-owned English-language daily newspaper, founded in 1981. Arabic outlets quote its editorials and reports when they relay the Chinese view of the China–Central Asia Summit.",
    },
    zh: {
      name: '中国日报',
      pinyin: 'Zhōngguó Rìbào',
      explanation:
        '中国主要的国有英文日报，创刊于1981年。阿拉伯语媒体转述中方对中国—中亚峰会的看法时，常引用其社论和报道。',
    },
    source: {
      note: 'Founding year from China Daily reference pages. "تشاينا ديلي" seen in Al-Wasat (Kuwait); "تشاينا دايلي" is a very common alternative spelling, included without direct evidence.',
    },
  },
  {
    id: 'china-development-bank',
    type: 'organization',
    ar: {
      canonical: 'بنك التنمية الصيني',
      variants: ['البنك الصيني للتنمية'],
    },
    en: {
      name: 'China Development Bank',
      explanation:
        'A state-owned Chinese development-finance bank founded in 1994 that lends for large infrastructure and energy projects at home and abroad. It is one of the main lenders behind Belt and Road projects in Central Asia.',
    },
    zh: {
      name: '国家开发银行',
      pinyin: 'Guójiā Kāifā Yínháng',
      explanation:
        '1994年成立的国有开发性金融机构，为国内外大型基础设施和能源项目提供贷款。它是中亚地区共建"一带一路"项目的主要融资方之一。',
    },
    source: {
      note: 'Arabic forms: "بنك التنمية الصيني" (Xinhua on the Belt and Road portal, Al-Ahram), "البنك الصيني للتنمية" (People\'s Daily Arabic, Al-Jarida).',
    },
  },
  {
    id: 'china-europe-railway-express',
    type: 'project',
    ar: {
      canonical: 'قطارات الشحن بين الصين وأوروبا',
      variants: [
        'قطارات شحن بين الصين وأوروبا',
        'قطار الشحن بين الصين وأوروبا',
        'قطار شحن بين الصين وأوروبا',
        'قطارات الشحن الصينية الأوروبية',
        'قطار شحن صيني أوروبي',
        'سكك الشحن الحديدية بين الصين وأوروبا',
      ],
    },
    en: {
      name: 'China–Europe Railway Express',
      explanation:
        'The network of scheduled container trains between Chinese and European cities, running since 2011 and under one brand since 2016. Most of its routes cross Kazakhstan, which makes Central Asian transit capacity a standing item on the China–Central Asia agenda.',
    },
    zh: {
      name: '中欧班列',
      pinyin: 'Zhōng-Ōu Bānliè',
      explanation:
        '往返于中国与欧洲城市之间的定期集装箱班列，2011年开行、2016年起统一品牌。多数线路途经哈萨克斯坦，因此中亚过境运输能力是中国—中亚合作的固定议题。',
    },
    source: {
      note: 'Arabic forms from Xinhua Arabic ("قطارات الشحن بين الصين وأوروبا", "قطارات شحن بين الصين وأوروبا", "سكك الشحن الحديدية بين الصين وأوروبا"), People\'s Daily Arabic ("قطار الشحن بين الصين وأوروبا", "قطار شحن صيني - أوروبي"), Sputnik Arabic ("قطارات الشحن الصينية الأوروبية") and Al-Hayat/Bekam ("قطار شحن بين الصين وأوروبا").',
    },
  },
  {
    id: 'china-kazakhstan-lianyungang-logistics-base',
    type: 'project',
    ar: {
      canonical: 'قاعدة التعاون اللوجستي بين الصين وكازاخستان',
      variants: ['قاعدة التعاون اللوجستي الصينية الكازاخستانية', 'المنطقة اللوجستية الصينية الكازاخية'],
    },
    en: {
      name: 'China–Kazakhstan (Lianyungang) Logistics Cooperation Base',
      explanation:
        'A rail-sea terminal in the port of Lianyungang in Jiangsu, agreed on 7 September 2013 and opened on 19 May 2014, that gives landlocked Kazakhstan an outlet to the Pacific. Described by Xinhua as the first project completed under the Belt and Road Initiative, it is a frequent example of China–Central Asia connectivity.',
    },
    zh: {
      name: '中哈（连云港）物流合作基地',
      pinyin: 'Zhōng-Hā (Liányúngǎng) Wùliú Hézuò Jīdì',
      explanation:
        '位于江苏连云港港的铁海联运基地，2013年9月7日签约、2014年5月19日投入运营，为内陆国哈萨克斯坦提供了通往太平洋的出海口。它被称为共建"一带一路"首个实体平台，是中国—中亚互联互通的常见案例。',
    },
    source: {
      note: 'Dates from Xinhua (English and Russian relays, 2024–2026) and People\'s Daily Portuguese. "المنطقة اللوجستية الصينية الكازاخية" from Al-Ahram Gate (2023); the other two forms are literal renderings, included without direct evidence.',
      asOf: '2026-01',
    },
  },
  {
    id: 'china-kyrgyzstan-uzbekistan-railway',
    type: 'project',
    ar: {
      canonical: 'سكة حديد الصين-قيرغيزستان-أوزبكستان',
      variants: [
        'سكة حديد الصين-قرغيزستان-أوزبكستان',
        'خط السكك الحديدية الصين-قيرغيزستان-أوزبكستان',
        'خط السكك الحديدية الصيني-القيرغيزستاني-الأوزبكي',
        'السكك الحديدية بين الصين وقيرغيزستان وأوزبكستان',
        'السكك الحديدية بين الصين وقرغيزستان وأوزبكستان',
        'خط السكك الحديدية بين الصين وقيرغيزستان وأوزبكستان',
        'خط السكة الحديد بين الصين وقيرغيزستان وأوزبكستان',
        'خط السكة الحديد بين الصين وقرغيزستان وأوزبكستان',
      ],
    },
    en: {
      name: 'China–Kyrgyzstan–Uzbekistan railway',
      explanation:
        'A planned line of about 523 km from Kashgar in Xinjiang through Jalal-Abad in Kyrgyzstan to Andijan in Uzbekistan, giving China a southern rail route to Central Asia and beyond. A joint company was set up in September 2024 and President Japarov launched construction on 27 December 2024; it is the flagship connectivity project of the China–Central Asia mechanism.',
    },
    zh: {
      name: '中吉乌铁路',
      pinyin: 'Zhōng-Jí-Wū Tiělù',
      explanation:
        '规划全长约523公里，从新疆喀什经吉尔吉斯斯坦贾拉拉巴德至乌兹别克斯坦安集延，为中国开辟经中亚通往更远地区的南部铁路通道。三方合资公司于2024年9月成立，吉总统扎帕罗夫于2024年12月27日宣布开工，是中国—中亚机制下的旗舰互联互通项目。',
    },
    source: {
      note: 'Route, length and dates from AFP Arabic relays (Nabatimes, The Nation Press, Arab Five, 27 Dec 2024) and Wedoany Arabic. Arabic forms: "سكة حديد الصين-قيرغيزستان-أوزبكستان" and "خط السكك الحديدية الصيني - القيرغيزستاني - الأوزبكي" (Wedoany), "السكك الحديدية بين الصين وقيرغيزستان وأوزبكستان" (PRP Channel); the قرغيزستان spellings (used by AFP Arabic for the country) and the Xinhua-style "خط السكك الحديدية الصين-…" are included without direct evidence for this exact phrase.',
      asOf: '2025-06',
    },
  },
  {
    id: 'china-media-group',
    type: 'organization',
    ar: { canonical: 'مجموعة الصين للإعلام' },
    en: {
      name: 'China Media Group (CMG)',
      explanation:
        "China's state broadcasting conglomerate, formed in 2018 by merging CCTV (with CGTN), China National Radio and China Radio International. It produces much of the television and online coverage of the China–Central Asia Summit, including in Central Asian languages and Arabic.",
    },
    zh: {
      name: '中央广播电视总台',
      pinyin: 'Zhōngyāng Guǎngbō Diànshì Zǒngtái',
      explanation:
        '2018年由中央电视台（含中国国际电视台）、中央人民广播电台和中国国际广播电台合并组建的国家广播电视机构。中国—中亚峰会的大量电视和网络报道出自总台，包括中亚语种和阿拉伯语报道。',
    },
    source: {
      note: 'Arabic "مجموعة الصين للإعلام" seen in an Arabic page about CGTN and a trilingual report on CMG\'s 2024 agreement with the Arab League.',
    },
  },
  {
    id: 'chinese-foreign-ministry',
    type: 'organization',
    ar: {
      canonical: 'وزارة الخارجية الصينية',
      variants: ['الخارجية الصينية'],
    },
    en: {
      name: "Ministry of Foreign Affairs of the People's Republic of China",
      explanation:
        "China's foreign ministry, which prepares the China–Central Asia summits and foreign ministers' meetings together with its Central Asian counterparts. Its spokespersons brief the press on summit plans and outcomes at regular news conferences.",
    },
    zh: {
      name: '中华人民共和国外交部',
      pinyin: 'Zhōnghuá Rénmín Gònghéguó Wàijiāobù',
      explanation:
        '中国外交部与中亚各国外交部共同筹备中国—中亚峰会和外长会晤。外交部发言人在例行记者会上介绍峰会安排和成果。',
    },
    source: {
      note: 'Arabic "وزارة الخارجية الصينية" in People\'s Daily Arabic and Egyptian papers (Al-Dostor, Al-Bawaba News); "الخارجية الصينية" as the usual short headline form, included as a well-known alternative.',
    },
  },
  {
    id: 'cica',
    type: 'organization',
    ar: {
      canonical: 'مؤتمر التفاعل وتدابير بناء الثقة في آسيا',
      variants: [
        'مؤتمر التفاعل وإجراءات بناء الثقة في آسيا',
        'مؤتمر التفاعل وبناء الثقة في آسيا',
        'منظمة التفاعل وتدابير بناء الثقة في آسيا',
        'CICA',
      ],
      short: ['سيكا'],
    },
    en: {
      name: 'Conference on Interaction and Confidence Building Measures in Asia (CICA)',
      explanation:
        "A pan-Asian security dialogue forum proposed by Kazakhstan's first president Nursultan Nazarbayev at the UN General Assembly on 5 October 1992, with its secretariat in Kazakhstan. China, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan are members, so it is one of the multilateral forums where summit participants also meet.",
    },
    zh: {
      name: '亚洲相互协作与信任措施会议',
      pinyin: 'Yàzhōu Xiānghù Xiézuò yǔ Xìnrèn Cuòshī Huìyì',
      explanation:
        '简称亚信，由哈萨克斯坦首任总统纳扎尔巴耶夫于1992年10月5日在联合国大会上倡议成立的亚洲安全对话论坛，秘书处设在哈萨克斯坦。中国、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦和乌兹别克斯坦均为成员国。',
    },
    source: {
      note: 'Origin from Cairo24, Alsaa and Anadolu-based reports (2022). Arabic forms: "مؤتمر التفاعل وتدابير بناء الثقة في آسيا" and "CICA" (Cairo24, Russia–Islamic World), "مؤتمر التفاعل وإجراءات بناء الثقة في آسيا" (Al-Balad, New Vision), "مؤتمر التفاعل وبناء الثقة في آسيا" (Al-Balad News), "سيكا" (Cairo24, Anadolu relays; short only, since it is also a company name). Since the 2022 decision to turn it into an organisation, also "منظمة التفاعل وتدابير بناء الثقة في آسيا" (GCSA online).',
      asOf: '2025-06',
    },
  },
  {
    id: 'collective-security-treaty-organization',
    type: 'organization',
    ar: {
      canonical: 'منظمة معاهدة الأمن الجماعي',
      variants: ['منظمة الأمن الجماعي'],
    },
    en: {
      name: 'Collective Security Treaty Organization (CSTO)',
      explanation:
        "A Russia-led military alliance formed in 2002 from the 1992 Tashkent collective security treaty; Kazakhstan, Kyrgyzstan and Tajikistan are members, while Uzbekistan left in 2012 and Armenia froze its participation in 2024. It sent troops to Kazakhstan in January 2022, and analysts compare its role with China's growing security ties in the region.",
    },
    zh: {
      name: '集体安全条约组织',
      pinyin: 'Jítǐ Ānquán Tiáoyuē Zǔzhī',
      explanation:
        '以俄罗斯为主导的军事政治同盟，2002年在1992年《集体安全条约》基础上成立。哈萨克斯坦、吉尔吉斯斯坦和塔吉克斯坦为成员国，乌兹别克斯坦于2012年退出，亚美尼亚于2024年冻结参与；2022年1月曾向哈萨克斯坦派出维和部队。',
    },
    source: {
      note: 'History and 2022 deployment from Al-Fagr, Midline News and Al-Bawaba (Jan 2022). Armenia: participation frozen in Feb 2024 and dues stopped in 2024, still formally a member with no withdrawal notice per RFE/RL (8 May 2024) and OC Media citing Russian Deputy Foreign Minister Pankin (10 Mar 2025); no later change was found. Arabic "منظمة معاهدة الأمن الجماعي" (many outlets) and "منظمة الأمن الجماعي" (Mwatan, Veto Gate).',
      asOf: '2025-06',
    },
  },
  {
    id: 'commonwealth-of-independent-states',
    type: 'organization',
    ar: {
      canonical: 'رابطة الدول المستقلة',
      variants: ['كومنولث الدول المستقلة'],
    },
    en: {
      name: 'Commonwealth of Independent States (CIS)',
      explanation:
        'The association of former Soviet republics created in December 1991 as the USSR dissolved, with its executive body in Minsk. Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan are members and Turkmenistan is an associate member, so it is one of the older frameworks against which the China–Central Asia format is compared.',
    },
    zh: {
      name: '独立国家联合体',
      pinyin: 'Dúlì Guójiā Liánhétǐ',
      explanation:
        '简称独联体，1991年12月苏联解体时由原苏联加盟共和国组建，执行机构设在明斯克。哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦和乌兹别克斯坦为成员国，土库曼斯坦为联系国。',
    },
    source: {
      note: 'Arabic "كومنولث الدول المستقلة" (Midline News, Veto Gate, 2022); "رابطة الدول المستقلة" is the usual name in RT Arabic and Sputnik Arabic, included as a well-known form (a related phrasing appears in Al-Balad News).',
      asOf: '2025-06',
    },
  },
  {
    id: 'communist-party-of-china',
    type: 'organization',
    ar: {
      canonical: 'الحزب الشيوعي الصيني',
      short: ['الحزب الشيوعي'],
    },
    en: {
      name: 'Communist Party of China (CPC)',
      explanation:
        "China's ruling party, led by General Secretary Xi Jinping since 2012. At the summits China offers party-to-party exchanges and sharing of governance experience with Central Asian political parties.",
    },
    zh: {
      name: '中国共产党',
      pinyin: 'Zhōngguó Gòngchǎndǎng',
      explanation:
        '中国的执政党，习近平自2012年起任中央委员会总书记。中方在峰会上提出加强同中亚国家政党交流、开展治国理政经验交流。',
    },
    source: {
      note: 'Arabic "الحزب الشيوعي الصيني" in People\'s Daily Arabic and Saudi newspapers (SaudiNewsNet corpus). "الحزب الشيوعي" alone can be any communist party, so it is only a short form.',
      asOf: '2025-06',
    },
  },
  {
    id: 'dushanbe-thermal-power-plant-2',
    type: 'project',
    ar: {
      canonical: 'محطة دوشنبه-2 للطاقة الحرارية',
      variants: [
        'محطة دوشانبي-2 للطاقة الحرارية',
        'محطة الطاقة الحرارية دوشنبه-2',
        'محطة الطاقة الحرارية رقم 2 في دوشانبي',
      ],
    },
    en: {
      name: 'Dushanbe-2 combined heat and power plant',
      explanation:
        "A coal-fired heat and power plant on the edge of Tajikistan's capital, built by China's TBEA: its first 100 MW stage came on line in 2014 and the 300 MW second stage was completed at the end of 2016. The largest thermal plant in Tajikistan, it eases winter power shortages and is often cited as a symbol of China–Tajikistan cooperation.",
    },
    zh: {
      name: '杜尚别2号热电厂',
      pinyin: 'Dùshàngbié Èr Hào Rèdiànchǎng',
      explanation:
        '由中国特变电工承建、位于塔吉克斯坦首都郊区的燃煤热电厂，一期10万千瓦于2014年投运，二期30万千瓦于2016年底建成。它是塔吉克斯坦最大的火电厂，缓解了冬季电力短缺，被视为中塔务实合作的标志。',
    },
    source: {
      note: 'Builder, capacities and dates from China Today Arabic (2017), TajikTA/Tajik Development Gateway and Silkroadnews (2014), CRI Hindi (second-stage launch, Sept 2014). "محطة الطاقة الحرارية رقم 2 في دوشانبي" follows China Today Arabic; the other forms (Dushanbe is written دوشنبه by Xinhua, دوشانبي by China Today) are included without direct evidence for the whole phrase.',
      asOf: '2017-02',
    },
  },
  {
    id: 'eurasian-economic-union',
    type: 'organization',
    ar: {
      canonical: 'الاتحاد الاقتصادي الأوراسي',
      variants: ['الاتحاد الاقتصادي الأوروآسيوي', 'الاتحاد الأوراسي'],
    },
    en: {
      name: 'Eurasian Economic Union (EAEU)',
      explanation:
        'A customs and single-market union of Russia, Belarus, Kazakhstan, Kyrgyzstan and Armenia, in force since 1 January 2015; Uzbekistan has observer status. China has an economic and trade cooperation agreement with the union, and coverage of the summit often weighs how Belt and Road projects fit with it.',
    },
    zh: {
      name: '欧亚经济联盟',
      pinyin: 'Ōu-Yà Jīngjì Liánméng',
      explanation:
        '由俄罗斯、白俄罗斯、哈萨克斯坦、吉尔吉斯斯坦和亚美尼亚组成的关税同盟和统一市场，2015年1月1日起运行，乌兹别克斯坦为观察员国。中国与该联盟签有经贸合作协定，峰会报道常讨论"一带一路"与其对接。',
    },
    source: {
      note: 'Arabic "الاتحاد الاقتصادي الأوراسي" in RT Arabic. "الأوروآسيوي" wording (used by some Arab outlets for "Eurasian") included without direct evidence for this name. Also الاتحاد الأوراسي, the short name (Al-Alam, quoting Kazakhstan\'s foreign minister).',
      asOf: '2025-06',
    },
  },
  {
    id: 'export-import-bank-of-china',
    type: 'organization',
    ar: {
      canonical: 'بنك التصدير والاستيراد الصيني',
      variants: ['بنك الاستيراد والتصدير الصيني'],
    },
    en: {
      name: 'Export-Import Bank of China',
      explanation:
        "A Chinese state policy bank founded in 1994 that finances trade and overseas projects. It has lent to Central Asian infrastructure such as Uzbekistan's Angren–Pap railway and keeps signing credit lines with Central Asian banks.",
    },
    zh: {
      name: '中国进出口银行',
      pinyin: 'Zhōngguó Jìn-Chūkǒu Yínháng',
      explanation:
        '1994年成立的国有政策性银行，为对外贸易和境外项目提供融资。它曾为乌兹别克斯坦安格连—帕普铁路等中亚基础设施提供贷款，并持续与中亚银行签署授信合作。',
    },
    source: {
      note: 'Arabic "بنك التصدير والاستيراد الصيني" in Al-Saudia Press (2025, on agreements with Uzbek and Kazakh banks). "بنك الاستيراد والتصدير الصيني" (reversed word order) included without direct evidence. Angren–Pap loan from Rayhaber (2016).',
    },
  },
  {
    id: 'galkynysh-gas-field',
    type: 'project',
    ar: {
      canonical: 'حقل غالكينيش',
      variants: ['حقل جالكينيش', 'غالكينيش', 'جالكينيش'],
    },
    en: {
      name: 'Galkynysh gas field',
      explanation:
        "A giant gas field in Turkmenistan's Mary region, in production since 2013 and described as the world's second-largest. It is the main source of the gas that Turkmenistan sends to China through the Central Asia–China pipeline, and China's CNPC is involved in developing its later phases.",
    },
    zh: {
      name: '复兴气田',
      pinyin: 'Fùxīng Qìtián',
      explanation:
        '位于土库曼斯坦马雷州的特大气田，2013年投产，被称为世界第二大单体气田，又译加尔金内什气田。它是土库曼斯坦经中国—中亚天然气管道对华供气的主要气源地，中国石油参与其后续各期开发。',
    },
    source: {
      note: 'Facts from Xinhua Chinese (2023), Sawt Shabab and Dar al-Hilal (2024–2026). Arabic "غالكينيش" (Sawt Shabab, Dar al-Hilal) and "جالكينيش" (Reuters Arabic relay on KSA2day).',
      asOf: '2026-01',
    },
  },
  {
    id: 'global-times',
    type: 'organization',
    ar: {
      canonical: 'غلوبال تايمز',
      variants: ['جلوبال تايمز'],
    },
    en: {
      name: 'Global Times',
      explanation:
        "A Chinese daily published by the People's Daily group, in Chinese since 1993 and in English since 2009, known for its outspoken editorials on foreign affairs. Arabic outlets often quote its commentary on the China–Central Asia Summit.",
    },
    zh: {
      name: '环球时报',
      pinyin: 'Huánqiú Shíbào',
      explanation:
        '人民日报社主办的国际新闻报纸，中文版创刊于1993年，英文版于2009年推出，以观点鲜明的国际评论著称。阿拉伯语媒体常引用其关于中国—中亚峰会的评论。',
    },
    source: {
      note: 'Arabic "غلوبال تايمز" (Sonar, Lebanon) and "جلوبال تايمز" (Al-Dostor, Egypt).',
    },
  },
  {
    id: 'kabar',
    type: 'organization',
    ar: {
      canonical: 'وكالة كابار',
      variants: ['وكالة أنباء كابار'],
      short: ['كابار'],
    },
    en: {
      name: 'Kabar (Kyrgyz National News Agency)',
      explanation:
        "Kyrgyzstan's state news agency, which publishes the official Kyrgyz account of President Japarov's meetings and agreements at the China–Central Asia summits. Foreign media, including Arabic outlets, cite it for Kyrgyz positions.",
    },
    zh: {
      name: '吉尔吉斯斯坦卡巴尔国家通讯社',
      pinyin: "Jí'ěrjísīsītǎn Kǎbā'ěr Guójiā Tōngxùnshè",
      explanation:
        '吉尔吉斯斯坦国家通讯社，发布扎帕罗夫总统出席中国—中亚峰会等活动的官方消息。包括阿拉伯语媒体在内的外国媒体常引用其报道了解吉方立场。',
    },
    source: {
      note: 'No Arabic-language use of the agency\'s name was found; the forms are plain transliterations included without direct evidence ("كابار" alone kept as a short form). Chinese rendering not verified against an official source.',
    },
  },
  {
    id: 'kamchiq-tunnel',
    type: 'project',
    ar: {
      canonical: 'نفق كامتشيك',
      variants: ['نفق قمتشيق', 'نفق قمشيق'],
    },
    en: {
      name: 'Kamchiq (Qamchiq) tunnel',
      explanation:
        'A 19.2 km railway tunnel under the Kamchiq pass in Uzbekistan, the longest in Central Asia, built by China Railway Tunnel Group between 2013 and 2016 as part of the Angren–Pap line. Xi Jinping and Islam Karimov opened it by video link on 22 June 2016, and it is often cited as a model Belt and Road project.',
    },
    zh: {
      name: '卡姆奇克隧道',
      pinyin: 'Kǎmǔqíkè Suìdào',
      explanation:
        '位于乌兹别克斯坦卡姆奇克山口、全长约19.2公里的铁路隧道，被称为"中亚第一长隧道"，由中铁隧道集团于2013年至2016年建成，是安格连—帕普铁路的咽喉工程。2016年6月22日习近平主席与卡里莫夫总统通过视频连线共同见证通车。',
    },
    source: {
      note: "Length, builder and opening from People's Daily Spanish, Rayhaber, a Xinhua-based Hindi report and Taiwan.cn (Chinese name). No Arabic name was found: both forms are transliterations (Kamchik / Qamchiq) included without direct evidence. Also نفق قمشيق (Belt and Road Portal Arabic).",
    },
  },
  {
    id: 'kazakhstan-china-oil-pipeline',
    type: 'project',
    ar: {
      canonical: 'خط أنابيب النفط بين كازاخستان والصين',
      variants: ['خط أنابيب النفط بين الصين وكازاخستان', 'خط أنابيب النفط الصين-كازاخستان', 'خط أنابيب أتاسو-ألاشانكو'],
    },
    en: {
      name: 'Kazakhstan–China oil pipeline',
      explanation:
        "China's first cross-border crude oil import pipeline, about 2,200 km from the Caspian region to Alashankou in Xinjiang, jointly owned by CNPC and KazMunayGas. Its Atasu–Alashankou section opened in December 2005, and it remains a pillar of China–Kazakhstan energy ties.",
    },
    zh: {
      name: '中哈原油管道',
      pinyin: 'Zhōng-Hā Yuányóu Guǎndào',
      explanation:
        '中国第一条跨国原油进口管道，自里海地区延伸至新疆阿拉山口，全长约2200公里，由中国石油与哈萨克斯坦国家油气公司合资运营。其阿塔苏—阿拉山口段于2005年12月建成，至今仍是中哈能源合作的支柱。',
    },
    source: {
      note: 'Dates and owners from Al Jazeera Arabic (15 Dec 2005), Al-Hayat and Xinhua/People\'s Daily references. "خط أنابيب أتاسو-ألاشانكو" from Al-Hayat; the other forms are descriptive names included without direct evidence for the exact phrase.',
    },
  },
  {
    id: 'kazinform',
    type: 'organization',
    ar: {
      canonical: 'كازإنفورم',
      variants: ['كازينفورم'],
    },
    en: {
      name: 'Kazinform International News Agency',
      explanation:
        "Kazakhstan's oldest and main state news agency, founded in 1920, publishing in Kazakh, Russian, English, Chinese and other languages. As the host country's main agency it covered the second China–Central Asia Summit in Astana in June 2025.",
    },
    zh: {
      name: '哈萨克国际通讯社',
      pinyin: 'Hāsàkè Guójì Tōngxùnshè',
      explanation:
        '哈萨克斯坦历史最悠久的国家通讯社，创建于1920年，以哈萨克语、俄语、英语、中文等多种语言发稿。作为东道国的主要通讯社，它报道了2025年6月在阿斯塔纳举行的第二届中国—中亚峰会。',
    },
    source: {
      note: 'Founding year and languages from Kazinform\'s own English pages (2020–2021). No Arabic use was found in the sources searched: "كازإنفورم" follows the project brief and "كازينفورم" is an alternative transliteration, both included without direct evidence. Chinese name not verified against an official source.',
    },
  },
  {
    id: 'khorgos-gateway-dry-port',
    type: 'project',
    ar: {
      canonical: 'ميناء خورغوس الجاف',
      variants: ['الميناء الجاف في خورغوس', 'ميناء خورجوس الجاف', 'خورغوس-البوابة الشرقية'],
    },
    en: {
      name: 'Khorgos Gateway dry port',
      explanation:
        'A rail container terminal on the Kazakh side of the Khorgos border crossing, in the Khorgos–Eastern Gate special economic zone, built by Kazakhstan Temir Zholy (KTZ) from June 2014 and in commercial operation since July 2015, when it took its first container train from China. In May 2017 COSCO Shipping and Lianyungang Port bought a 49% stake from KTZ, 24.5% each, leaving the Kazakh railway with the majority. It moves China–Europe and China–Central Asia freight between the Chinese and Kazakh rail gauges and handled more than 372,000 TEU in 2025, according to KTZ.',
    },
    zh: {
      name: '霍尔果斯—东大门无水港',
      pinyin: "Huò'ěrguǒsī–Dōngdàmén Wúshuǐgǎng",
      explanation:
        '位于中哈边境霍尔果斯口岸哈方一侧、"霍尔果斯—东大门"经济特区内的铁路集装箱枢纽，由哈萨克斯坦国家铁路公司于2014年6月开工建设，2015年7月接卸首列中国集装箱班列，正式投入商业运营。2017年5月，中远海运和连云港港口集团从哈铁购得该港49%的股份（各占24.5%），哈铁保留控股。它负责中欧班列和中亚班列在不同轨距间的换装，据哈铁统计，2025年处理量超过37.2万标箱。',
    },
    source: {
      note: 'Start of construction and of commercial operations (first train from China on 29 July 2015) from the Khorgos Gateway press release (July 2015) and the South China Morning Post (2015); the 49% share transfer, signed in Beijing on 15 May 2017, from OEVZ (May 2017), China Daily via ChinaAg (16 May 2017), Kazinform (Feb 2017) and the Belt and Road portal (2017); 2025 volume from KTZ via the Astana Times (6 Feb 2026) and DKNews (2026). The earlier "late 2014" start and the DP World operating role (Kazinform, 2015) were not borne out as current facts and were dropped. No Arabic name was found: the forms are descriptive renderings (خورجوس as written on an Arabic page about the town) included without direct evidence.',
      asOf: '2026-02',
    },
  },
  {
    id: 'khorgos-international-center-for-boundary-cooperation',
    type: 'project',
    ar: {
      canonical: 'مركز خورغوس الدولي للتعاون الحدودي',
      variants: ['مركز هورغوس الدولي للتعاون الحدودي'],
    },
    en: {
      name: 'Khorgos International Center for Boundary Cooperation',
      explanation:
        'A 5.28 km² cross-border trade zone straddling the China–Kazakhstan border at Khorgos, built from 2006 and opened in April 2012, where Chinese, Kazakh and third-country visitors can shop and trade without a visa. It was the first cross-border cooperation zone China set up with another country.',
    },
    zh: {
      name: '中哈霍尔果斯国际边境合作中心',
      pinyin: "Zhōng-Hā Huò'ěrguǒsī Guójì Biānjìng Hézuò Zhōngxīn",
      explanation:
        '横跨中哈边境霍尔果斯的跨境经贸合作区，总面积5.28平方公里，2006年开工、2012年4月运营。中哈两国及第三国人员可免签入区购物洽谈，它是中国与其他国家建立的首个跨境经济贸易合作区。',
    },
    source: {
      note: 'Area and dates from Port of Khorgos reference pages and Russian-language Chinese reports. Arabic "مركز خورغوس الدولي للتعاون الحدودي" from VisaHQ Arabic (2026); "هورغوس" is how Xinhua/Chinese Arabic media write the Chinese side (ميناء هورغوس), included for this name without direct evidence.',
    },
  },
  {
    id: 'khovar',
    type: 'organization',
    ar: {
      canonical: 'وكالة خوفار',
      variants: ['وكالة أنباء خوفار'],
      short: ['خوفار'],
    },
    en: {
      name: 'Khovar (National Information Agency of Tajikistan)',
      explanation:
        "Tajikistan's state news agency, which publishes the official Tajik account of President Rahmon's talks and agreements at China–Central Asia meetings. Other media cite it for Tajik positions.",
    },
    zh: {
      name: '塔吉克斯坦霍瓦尔国家通讯社',
      pinyin: "Tǎjíkèsītǎn Huòwǎ'ěr Guójiā Tōngxùnshè",
      explanation:
        '塔吉克斯坦国家通讯社，发布拉赫蒙总统出席中国—中亚会晤的官方消息和协议内容。其他媒体常引用其报道了解塔方立场。',
    },
    source: {
      note: 'No Arabic-language use of the agency\'s name was found; the forms are plain transliterations included without direct evidence ("خوفار" alone kept as a short form). Chinese rendering not verified against an official source.',
    },
  },
  {
    id: 'middle-corridor',
    type: 'project',
    ar: {
      canonical: 'الممر الأوسط',
      variants: [
        'طريق النقل الدولي عبر بحر قزوين',
        'طريق النقل الدولي العابر لبحر قزوين',
        'ممر النقل الدولي عبر بحر قزوين',
        'مسار النقل الدولي العابر لبحر الخزر',
        'الممر العابر لبحر قزوين',
        'الممر عبر قزوين',
      ],
    },
    en: {
      name: 'Middle Corridor (Trans-Caspian International Transport Route)',
      explanation:
        "A rail, road and ferry route from China through Kazakhstan, across the Caspian Sea to Azerbaijan and on through Georgia and Turkey to Europe, avoiding Russia. Its traffic grew sharply after 2022; Xi Jinping said in 2023 that China would take part in building it, and Tokayev promoted it at the 2023 Xi'an summit.",
    },
    zh: {
      name: '跨里海国际运输走廊',
      pinyin: 'Kuà Lǐhǎi Guójì Yùnshū Zǒuláng',
      explanation:
        '又称"中间走廊"，是从中国经哈萨克斯坦、跨越里海至阿塞拜疆，再经格鲁吉亚、土耳其通往欧洲的铁路、公路和轮渡联运通道。2022年后运量大幅增长，习近平主席2023年宣布中方将参与建设，托卡耶夫总统在2023年西安峰会上也积极推介。',
    },
    source: {
      note: 'Arabic forms: "الممر الأوسط" (Azertag Arabic, Oktob, Emirate Today), "طريق النقل الدولي عبر بحر قزوين" and "الممر العابر لبحر قزوين" (Arabic translation of The Diplomat on Lifinews), "طريق النقل الدولي العابر لبحر قزوين" (Al Mayadeen on Tokayev at Xi\'an, 2023), "ممر النقل الدولي عبر بحر قزوين" (Xinhua via People\'s Daily Arabic, Oct 2023), "مسار النقل الدولي العابر لبحر الخزر" (Azertag Arabic, 2025). Also الممر عبر قزوين (Lifi News).',
    },
  },
  {
    id: 'national-peoples-congress',
    type: 'organization',
    ar: {
      canonical: 'المجلس الوطني لنواب الشعب الصيني',
      variants: ['المجلس الوطني لنواب الشعب', 'البرلمان الصيني'],
    },
    en: {
      name: "National People's Congress (NPC)",
      explanation:
        "China's national legislature, whose Standing Committee has been chaired by Zhao Leji since March 2023. At the summits China proposes closer exchanges between its legislature and Central Asian parliaments, and treaties such as the 2025 Treaty of Permanent Good-Neighborliness, Friendship and Cooperation require ratification by its Standing Committee.",
    },
    zh: {
      name: '全国人民代表大会',
      pinyin: 'Quánguó Rénmín Dàibiǎo Dàhuì',
      explanation:
        '中国最高国家权力机关和立法机关，赵乐际自2023年3月起任全国人大常委会委员长。中方在峰会上倡议加强同中亚国家立法机构交流，2025年签署的《永久睦邻友好合作条约》等条约也须经全国人大常委会批准。',
    },
    source: {
      note: 'Arabic "المجلس الوطني لنواب الشعب الصيني" in Xinhua Arabic (relayed by Shfa News, 2025) and People\'s Daily Arabic; "البرلمان الصيني" is the usual descriptive name in Arab outlets, included without direct evidence. Zhao Leji\'s election from Xinhua (10 March 2023).',
      asOf: '2025-06',
    },
  },
  {
    id: 'organization-of-turkic-states',
    type: 'organization',
    ar: {
      canonical: 'منظمة الدول التركية',
      variants: ['مجلس التعاون للدول الناطقة بالتركية', 'مجلس تعاون الدول الناطقة بالتركية'],
      short: ['المجلس التركي'],
    },
    en: {
      name: 'Organization of Turkic States (OTS)',
      explanation:
        'An intergovernmental organisation of Turkey, Azerbaijan, Kazakhstan, Kyrgyzstan and Uzbekistan, whose observers include Turkmenistan and Hungary; it was the Turkic Council (founded 2009) until it took its present name on 12 November 2021. It is one of the other formats in which Central Asian leaders meet, and its secretariat is in Istanbul.',
    },
    zh: {
      name: '突厥国家组织',
      pinyin: 'Tūjué Guójiā Zǔzhī',
      explanation:
        '由土耳其、阿塞拜疆、哈萨克斯坦、吉尔吉斯斯坦和乌兹别克斯坦组成的政府间组织，观察员包括土库曼斯坦和匈牙利；其前身为2009年成立的突厥语国家合作委员会，2021年11月12日更为现名。它是中亚国家领导人参与的另一重要多边机制，秘书处设在伊斯坦布尔。',
    },
    source: {
      note: 'Renaming and membership from Anadolu via Turk Press and The New Khalij (Nov 2021) and APA Inter. Arabic: "منظمة الدول التركية" (Anadolu, Turk Press), "مجلس التعاون للدول الناطقة بالتركية" (APA Inter), "مجلس تعاون الدول الناطقة بالتركية" (New Turk Post), "المجلس التركي" (former short name; short form only, since it can mean any Turkish council).',
      asOf: '2025-06',
    },
  },
  {
    id: 'peoples-daily',
    type: 'organization',
    ar: {
      canonical: 'صحيفة الشعب اليومية',
      variants: ['جريدة الشعب اليومية', 'الشعب اليومية أونلاين', 'صحيفة الشعب الصينية'],
      short: ['الشعب اليومية'],
    },
    en: {
      name: "People's Daily",
      explanation:
        "The flagship newspaper of the Communist Party of China's Central Committee, founded in 1948, with an Arabic-language website (People's Daily Online). It publishes signed articles and commentaries around each China–Central Asia Summit, which Arabic media relay.",
    },
    zh: {
      name: '人民日报',
      pinyin: 'Rénmín Rìbào',
      explanation:
        '中共中央机关报，创刊于1948年，设有阿拉伯文网站（人民网阿拉伯文版）。每届中国—中亚峰会前后都会刊发署名文章和评论，并被阿拉伯语媒体转载。',
    },
    source: {
      note: 'Arabic "صحيفة الشعب اليومية" and "صحيفة الشعب اليومية أونلاين" on People\'s Daily Arabic itself and in Saudi newspapers (SaudiNewsNet corpus); "جريدة الشعب اليومية" included as a well-known alternative without direct evidence. "الشعب اليومية" alone is a short form because "حياة الشعب اليومية" (the people\'s daily life) is ordinary Arabic.',
    },
  },
  {
    id: 'shanghai-cooperation-organisation',
    type: 'organization',
    ar: {
      canonical: 'منظمة شانغهاي للتعاون',
      variants: [
        'منظمة شنغهاي للتعاون',
        'منظمة شنجهاي للتعاون',
        'منظمة شانغهاي',
        'منظمة شنغهاي',
        'شنغهاي للتعاون',
        'شانغهاي للتعاون',
      ],
    },
    en: {
      name: 'Shanghai Cooperation Organisation (SCO)',
      explanation:
        'A Eurasian political, economic and security organisation founded in Shanghai on 15 June 2001 by China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, later joined by India, Pakistan, Iran and Belarus; Turkmenistan is not a member. Four of the five Central Asian summit states meet China in the SCO as well, so coverage often compares the two formats.',
    },
    zh: {
      name: '上海合作组织',
      pinyin: 'Shànghǎi Hézuò Zǔzhī',
      explanation:
        '2001年6月15日由中国、俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦和乌兹别克斯坦在上海成立的综合性区域组织，后有印度、巴基斯坦、伊朗和白俄罗斯加入，土库曼斯坦不是成员国。中亚五国中有四国同时在上合组织框架内与中国合作，报道常将两种机制相比较。',
    },
    source: {
      note: 'Founding and membership from Sama TV and Wikipedia relays (through 2025); ten member states confirmed after the Tianjin summit by TASS (1 and 4 Sept 2025), which also reports observers and dialogue partners merged into one "partner" category, with Laos added. Arabic forms: "منظمة شنغهاي للتعاون" (Project Syndicate Arabic, Sputnik Arabic, Akhbar Al Khaleej), "منظمة شانغهاي للتعاون" (Ajwaa Press via RT), "منظمة شنجهاي للتعاون" (Al-Ahram Gate), "شنغهاي للتعاون" (headlines in Ajwaa Press and Asia Arabic); "منظمة شنغهاي", "منظمة شانغهاي" and "شانغهاي للتعاون" are the same shortenings with the other spelling.',
      asOf: '2025-09',
    },
  },
  {
    id: 'silk-road-fund',
    type: 'organization',
    ar: { canonical: 'صندوق طريق الحرير' },
    en: {
      name: 'Silk Road Fund',
      explanation:
        'A Chinese state investment fund set up in Beijing on 29 December 2014 with USD 40 billion, later topped up with RMB 100 billion, to take equity and debt stakes in Belt and Road projects. It invests in energy and infrastructure in Central Asia alongside Chinese policy banks.',
    },
    zh: {
      name: '丝路基金',
      pinyin: 'Sīlù Jījīn',
      explanation:
        '2014年12月29日在北京成立的中国国家投资基金，初始规模400亿美元，后增资1000亿元人民币，以股权和债权方式支持共建"一带一路"项目。它与中国政策性银行一道投资中亚能源和基础设施项目。',
    },
    source: {
      note: 'Founding date and size from Xinhua and Chinese official reporting. "صندوق طريق الحرير" is the literal Arabic name, included as a well-known form without an exact match in the sources searched.',
    },
  },
  {
    id: 'turkmen-state-news-service',
    type: 'organization',
    ar: {
      canonical: 'وكالة الأنباء الحكومية التركمانية',
      variants: ['وكالة الأنباء التركمانية الوطنية', 'وكالة أنباء تركمانستان الحكومية'],
    },
    en: {
      name: 'Turkmenistan State News Agency (TDH)',
      explanation:
        "Turkmenistan's official news service, which publishes the government's account of President Serdar Berdimuhamedov's meetings, including gas cooperation with China. Foreign media cite it for Turkmen positions, since independent reporting from the country is scarce.",
    },
    zh: {
      name: '土库曼斯坦国家通讯社',
      pinyin: 'Tǔkùmànsītǎn Guójiā Tōngxùnshè',
      explanation:
        '土库曼斯坦官方通讯社，发布谢尔达尔·别尔德穆哈梅多夫总统会见等官方消息，包括对华天然气合作。由于该国独立报道稀少，外国媒体常引用其消息了解土方立场。',
    },
    source: {
      note: '"وكالة الأنباء التركمانية الوطنية" seen in Al-Wasat (Bahrain, 2008, Xinhua relay); the other two forms are descriptive renderings included without direct evidence. Chinese rendering not verified against an official source.',
      asOf: '2025-06',
    },
  },
  {
    id: 'un-security-council',
    type: 'organization',
    ar: {
      canonical: 'مجلس الأمن الدولي',
      variants: ['مجلس الأمن التابع للأمم المتحدة', 'مجلس الأمن الأممي'],
      short: ['مجلس الأمن'],
    },
    en: {
      name: 'United Nations Security Council',
      explanation:
        'The UN body responsible for international peace and security, with 15 members of which China is one of the five permanent members. Kazakhstan was the first Central Asian state to sit on it (2017–2018), and summit documents back the UN-centred international system.',
    },
    zh: {
      name: '联合国安全理事会',
      pinyin: 'Liánhéguó Ānquán Lǐshìhuì',
      explanation:
        '简称安理会，负责维护国际和平与安全，由15个成员国组成，中国是五个常任理事国之一。哈萨克斯坦于2017年至2018年成为首个担任非常任理事国的中亚国家，峰会文件支持以联合国为核心的国际体系。',
    },
    source: {
      note: '"مجلس الأمن الدولي" appears 47 times in one day of Saudi newspapers (SaudiNewsNet corpus); "مجلس الأمن التابع للأمم المتحدة" and "مجلس الأمن الأممي" are common alternatives, included without direct evidence. Bare "مجلس الأمن" is only a short form, since national security councils share the name.',
    },
  },
  {
    id: 'united-nations',
    type: 'organization',
    ar: {
      canonical: 'الأمم المتحدة',
      variants: ['منظمة الأمم المتحدة', 'هيئة الأمم المتحدة'],
    },
    en: {
      name: 'United Nations',
      explanation:
        'The world organisation founded in 1945, of which China and all five Central Asian states are members. At the 2025 Astana summit Xi Jinping marked its 80th anniversary and called for upholding the UN-centred international system.',
    },
    zh: {
      name: '联合国',
      pinyin: 'Liánhéguó',
      explanation:
        '成立于1945年的全球性国际组织，中国和中亚五国均为会员国。2025年阿斯塔纳峰会上，习近平主席提及联合国成立80周年，呼吁维护以联合国为核心的国际体系。',
    },
    source: {
      note: 'Arabic "الأمم المتحدة" in Xinhua Arabic (seed article, June 2025) and throughout Arab media; "منظمة الأمم المتحدة" and "هيئة الأمم المتحدة" are standard longer names, included as well-known forms.',
    },
  },
  {
    id: 'uza',
    type: 'organization',
    ar: {
      canonical: 'وكالة أنباء أوزبكستان الوطنية',
      variants: [
        'وكالة الأنباء الوطنية الأوزبكية',
        'وكالة الأنباء الوطنية لأوزبكستان',
        'وكالة أنباء أوزبكستان',
        'وكالة الأنباء الأوزبكية',
      ],
    },
    en: {
      name: 'National News Agency of Uzbekistan (UzA)',
      explanation:
        "Uzbekistan's state news agency, re-established in 1992 from the Soviet-era Uzbek telegraph agency, publishing in several languages. It carries the official Uzbek account of President Mirziyoyev's meetings at China–Central Asia summits.",
    },
    zh: {
      name: '乌兹别克斯坦国家通讯社',
      pinyin: 'Wūzībiékèsītǎn Guójiā Tōngxùnshè',
      explanation:
        '乌兹别克斯坦国家通讯社（UzA），1992年在苏联时期乌兹别克电讯社基础上重组，以多种语言发稿。它发布米尔济约耶夫总统出席中国—中亚峰会等活动的官方报道。',
    },
    source: {
      note: 'History from Big Asia (2017) and the Uzbek national encyclopedia (UzSmart). No Arabic use of its name was found: the forms are descriptive renderings included without direct evidence; "أوزا" is not listed because it is part of common words (أوزان). Chinese rendering not verified against an official source.',
    },
  },
  {
    id: 'western-europe-western-china-highway',
    type: 'project',
    ar: {
      canonical: 'طريق أوروبا الغربية-الصين الغربية',
      variants: ['ممر أوروبا الغربية-الصين الغربية'],
    },
    en: {
      name: 'Western Europe–Western China international highway',
      explanation:
        "A road corridor of about 8,445 km linking Lianyungang on China's east coast with St Petersburg, about 2,787 km of it through Kazakhstan. It is one of the main overland routes for China–Central Asia–Europe trade.",
    },
    zh: {
      name: '欧洲西部—中国西部国际公路',
      pinyin: 'Ōuzhōu Xībù–Zhōngguó Xībù Guójì Gōnglù',
      explanation:
        '简称"双西公路"，是连接中国东部连云港与俄罗斯圣彼得堡的国际公路走廊，全长约8445公里，其中约2787公里位于哈萨克斯坦境内。它是中国—中亚—欧洲陆路贸易的主要通道之一。',
    },
    source: {
      note: 'Lengths from Rose al-Youssef (Egypt). No Arabic name for the highway was found: both forms are literal renderings included without direct evidence.',
    },
  },
  {
    id: 'world-trade-organization',
    type: 'organization',
    ar: { canonical: 'منظمة التجارة العالمية' },
    en: {
      name: 'World Trade Organization (WTO)',
      explanation:
        'The Geneva-based body that sets and polices global trade rules. China (2001), Kyrgyzstan (1998), Tajikistan (2013) and Kazakhstan (2015) are members and Turkmenistan is an observer, while Uzbekistan had closed bilateral market-access talks with 33 of the 34 members negotiating with it by early 2026, aiming to join that year. The Astana summit backed free trade and the multilateral trading system that the WTO embodies.',
    },
    zh: {
      name: '世界贸易组织',
      pinyin: 'Shìjiè Màoyì Zǔzhī',
      explanation:
        '总部设在日内瓦、负责制定和监督全球贸易规则的国际组织。中国（2001年）、吉尔吉斯斯坦（1998年）、塔吉克斯坦（2013年）和哈萨克斯坦（2015年）为成员，土库曼斯坦为观察员；乌兹别克斯坦到2026年初已同34个谈判方中的33个完成双边市场准入谈判，目标是当年入世。阿斯塔纳峰会表示支持自由贸易和多边贸易体制。',
    },
    source: {
      note: 'Accession years from WTO records as widely reported. Uzbekistan: bilateral talks with 33 of 34 members closed, only Taiwan outstanding (Spot.uz interview with chief negotiator Azizbek Urunov, 6 Feb 2026); protocols with the EU (15 Dec 2025) and Russia (22 Dec 2025) per Newshub.uz and Prime; target of joining by the Yaoundé ministerial conference of 26–29 March 2026 per Trend and Report.az. Whether accession was completed at or after that conference was not confirmed. Arabic "منظمة التجارة العالمية" in Saudi newspapers (SaudiNewsNet corpus) and Xinhua Arabic.',
      asOf: '2026-02',
    },
  },
  {
    id: 'xinhua',
    type: 'organization',
    ar: {
      canonical: 'شينخوا',
      variants: [
        'وكالة أنباء شينخوا',
        'وكالة شينخوا',
        'وكالة أنباء الصين الجديدة',
        'شينخوانت',
        'وكالة شينخوا الصينية للأنباء',
        'شنخوا',
      ],
    },
    en: {
      name: 'Xinhua News Agency',
      explanation:
        'China\'s state news agency, with a large Arabic service that supplies much of the Arabic coverage of the China–Central Asia Summit. Its datelines read "(شينخوا)", as in the Astana report of Xi Jinping\'s keynote speech.',
    },
    zh: {
      name: '新华社',
      pinyin: 'Xīnhuá Shè',
      explanation:
        '中国国家通讯社，其阿拉伯文部提供了大量关于中国—中亚峰会的阿拉伯语报道。电头标注"（شينخوا）"，例如关于习近平主席在阿斯塔纳发表主旨讲话的报道。',
    },
    source: {
      note: 'Arabic "شينخوا" (Xinhua Arabic seed article; Saudi newspapers), "وكالة أنباء الصين الجديدة" (Saudi newspapers, SaudiNewsNet corpus), "وكالة شينخوا" (Bekam, Sputnik Arabic), "وكالة أنباء شينخوا" (standard longer form, included without an exact match), "شينخوانت" (Xinhuanet Arabic datelines, 2025). "شينهوا" is deliberately not listed: in Saudi papers it names the Shenhua energy company. Also وكالة شينخوا الصينية للأنباء (Al-Watan via Masress; Al Qahera News), and شنخوا without its ي (Arabs Today, on China and Turkmenistan).',
    },
  },
];
