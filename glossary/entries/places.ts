import type { GlossaryEntry } from '../schema';

export const places: GlossaryEntry[] = [
  {
    id: 'aktau',
    type: 'place',
    ar: { canonical: 'أكتاو', variants: ['آقتاو'] },
    en: {
      name: 'Aktau',
      explanation:
        "Kazakhstan's main port on the Caspian Sea. It is a key node of the Trans-Caspian International Transport Route (Middle Corridor), through which China–Europe cargo can bypass Russia.",
    },
    zh: {
      name: '阿克套',
      pinyin: 'Ākètào',
      explanation:
        '哈萨克斯坦在里海的主要港口。它是“跨里海国际运输走廊”（中间走廊）的关键节点，中欧货物可经此绕开俄罗斯运输。',
    },
    source: {
      note: 'Spellings: أكتاو (AFP Arabic via Swissinfo); آقتاو (Marefa encyclopaedia, Caspian Sea entry).',
    },
  },
  {
    id: 'alashankou',
    type: 'place',
    ar: { canonical: 'ألاشانكو', variants: ['ممر ألاتاو', 'معبر ألاتاو'] },
    en: {
      name: 'Alashankou',
      explanation:
        "A railway land port in Xinjiang on the Kazakhstan border, opposite Kazakhstan's Dostyk. Together with Khorgos it handles a large share of China–Europe freight trains and of the rail trade with Central Asia.",
    },
    zh: {
      name: '阿拉山口',
      pinyin: 'Ālāshānkǒu',
      explanation:
        '新疆与哈萨克斯坦交界处的铁路口岸，对面是哈方的多斯特克。阿拉山口与霍尔果斯一起承担了相当大比例的中欧班列以及对中亚铁路贸易的通关任务。',
    },
    source: {
      note: 'Spellings ألاشانكو (Xinhua Arabic on the Belt and Road portal, 2024) and آلاشانكو (Youm7, 2022) fold to the same form.',
    },
  },
  {
    id: 'almaty',
    type: 'place',
    ar: { canonical: 'ألماتي', variants: ['ألما آتا', 'ألماآتا', 'ألماتا'] },
    en: {
      name: 'Almaty',
      explanation:
        "Kazakhstan's largest city and its capital until 1997, in the south-east of the country at the foot of the Tian Shan. It hosted the sixth China–Central Asia foreign ministers' meeting on 26 April 2025, which prepared the Astana summit, and is a hub for China–Central Asia freight trains.",
    },
    zh: {
      name: '阿拉木图',
      pinyin: 'Ālāmùtú',
      explanation:
        '哈萨克斯坦最大城市，1997年以前为该国首都，位于该国东南部天山北麓。2025年4月26日第六次中国—中亚外长会晤在此举行，为阿斯塔纳峰会作准备；阿拉木图也是中国—中亚班列的重要枢纽。',
    },
    source: {
      note: "Spellings: ألماتي (Xinhua/People's Daily Arabic, April 2025); ألما آتا (Asharq Al-Awsat, 2022); ألماآتا (China.org.cn Arabic); ألماتا (Sputnik Arabic, 2019). Meeting date from Xinhua Arabic.",
    },
  },
  {
    id: 'amu-darya',
    type: 'place',
    ar: { canonical: 'أمو داريا', variants: ['آمو دريا', 'نهر جيحون'] },
    en: {
      name: 'Amu Darya',
      explanation:
        "One of Central Asia's two great rivers, rising in the Pamirs and flowing along the Afghan borders of Tajikistan, Uzbekistan and Turkmenistan towards the Aral Sea. The Central Asia–China gas pipeline starts at gas fields on its right bank in Turkmenistan, and its water is central to regional water-sharing debates.",
    },
    zh: {
      name: '阿姆河',
      pinyin: 'Āmǔ Hé',
      explanation:
        '中亚两大河流之一，发源于帕米尔高原，沿塔吉克斯坦、乌兹别克斯坦、土库曼斯坦与阿富汗的边界流向咸海。中国—中亚天然气管道的起点位于土库曼斯坦境内阿姆河右岸的气田，该河的水资源分配也是地区关注焦点。',
    },
    source: {
      note: "Spelling from Xinhua-sourced Al-Wasat report on the Turkmenistan–China pipeline (2008) and Arabic encyclopaedia pages (نهر أمو داريا). The classical name جيحون is listed only as نهر جيحون (the Jayhun river): alone it is also a first name (e.g. Azerbaijan's foreign minister Jeyhun Bayramov). Also آمو دريا (Ednews Arabic, 2025).",
    },
  },
  {
    id: 'andijan',
    type: 'place',
    ar: { canonical: 'أنديجان' },
    en: {
      name: 'Andijan',
      explanation:
        "A city in the Uzbek part of the Fergana Valley. It is the planned western terminus of the roughly 523-km China–Kyrgyzstan–Uzbekistan railway that starts in Kashgar and runs through Kyrgyzstan's Jalal-Abad region.",
    },
    zh: {
      name: '安集延',
      pinyin: 'Ānjíyán',
      explanation:
        '位于费尔干纳盆地乌兹别克斯坦境内的城市。它是规划中全长约523公里的中吉乌铁路的西端终点，该铁路起自喀什，途经吉尔吉斯斯坦贾拉拉巴德州。',
    },
    source: {
      note: 'Spelling أنديجان (AFP-based Arabic reports by Nabatimes, Arab Five and The Nation Press, 27 Dec. 2024). Jalal-Abad is not listed separately because جلال آباد is also the Afghan city of Jalalabad.',
    },
  },
  {
    id: 'aral-sea',
    type: 'place',
    ar: { canonical: 'بحر آرال', short: ['آرال'] },
    en: {
      name: 'Aral Sea',
      explanation:
        "A former large lake on the border of Kazakhstan and Uzbekistan that has shrunk dramatically since the 1960s because its feeder rivers were diverted for irrigation. It is the region's best-known environmental disaster and a reference point for the water and anti-desertification cooperation discussed at China–Central Asia meetings.",
    },
    zh: {
      name: '咸海',
      pinyin: 'Xián Hǎi',
      explanation:
        '位于哈萨克斯坦与乌兹别克斯坦交界处的内陆湖，自20世纪60年代起因入湖河流被大量引水灌溉而急剧萎缩。咸海危机是该地区最著名的生态灾难，也是中国—中亚在水资源和防治荒漠化领域开展合作时经常提及的背景。',
    },
    source: {
      note: "Spelling بحر آرال from the Kuwait Foundation for the Advancement of Sciences' encyclopaedia (aspdkw) and GPS Arab country profiles.",
    },
  },
  {
    id: 'ashgabat',
    type: 'place',
    ar: { canonical: 'عشق آباد' },
    en: {
      name: 'Ashgabat',
      explanation:
        'The capital of Turkmenistan, between the Karakum desert and the Kopet Dag mountains near the Iranian border. Energy deals behind the Central Asia–China gas pipeline are negotiated there, and Chinese leaders have visited it on state visits.',
    },
    zh: {
      name: '阿什哈巴德',
      pinyin: 'Āshíhābādé',
      explanation:
        '土库曼斯坦首都，位于卡拉库姆沙漠与科佩特山脉之间，靠近伊朗边境。中国—中亚天然气管道相关的能源合作多在此洽谈，中国领导人曾对其进行国事访问。',
    },
    source: {
      note: 'عشق آباد / عشق أباد (the two fold to the same form) in Al-Wasat (Xinhua-sourced), Elaph, Youm7 and Al-Hayat. The joined form عشقاباد was not found in Arabic news copy and is not listed.',
    },
  },
  {
    id: 'astana',
    type: 'place',
    // نور سلطان was the city's name from 2019 to 2022; before Nazarbayev's family name it is his
    // given name, which the longer form of his name takes first.
    ar: { canonical: 'أستانا', variants: ['أستانة', 'نور سلطان', 'نورسلطان'], short: ['أكمولا'] },
    en: {
      name: 'Astana',
      explanation:
        'The capital of Kazakhstan since 1997 and the host of the second China–Central Asia Summit on 17 June 2025, where the Astana Declaration and the Treaty of Permanent Good-Neighborliness, Friendship and Cooperation were signed. The city was called Nur-Sultan, after former president Nursultan Nazarbayev, from 2019 until its old name was restored in September 2022.',
    },
    zh: {
      name: '阿斯塔纳',
      pinyin: 'Āsītǎnà',
      explanation:
        '哈萨克斯坦首都（1997年起），2025年6月17日在此举行第二届中国—中亚峰会，各国元首签署《阿斯塔纳宣言》和《永久睦邻友好合作条约》。该市2019年曾以前总统纳扎尔巴耶夫之名更名为“努尔苏丹”，2022年9月恢复原名。',
    },
    source: {
      note: "Spellings: أستانا (Xinhua Arabic seed, Sputnik Arabic, Al Jazeera); آستانة/أستانة (Asharq Al-Awsat, Al-Ittihad TV). Caution: الآستانة is also the old Arabic name for Istanbul in historical texts. نور سلطان (city name 2019–2022, e.g. Sputnik Arabic 2019, Lifi News 2022) is given only as a short form, because it is also Nazarbayev's first name (نور سلطان نزارباييف); renaming dates from Sputnik Arabic (2019) and Asharq Al-Awsat (Sept. 2022).",
      asOf: '2025-06',
    },
  },
  {
    id: 'beijing',
    type: 'place',
    ar: { canonical: 'بكين', variants: ['بيجين'] },
    en: {
      name: 'Beijing',
      explanation:
        "The capital of the People's Republic of China, also used in news as shorthand for the Chinese government. Central Asian leaders make state visits there, and Xi Jinping chaired the virtual China–Central Asia summit of January 2022, marking 30 years of diplomatic ties, from Beijing.",
    },
    zh: {
      name: '北京',
      pinyin: 'Běijīng',
      explanation:
        '中华人民共和国首都，新闻中也常用来指代中国政府。中亚国家元首多次对北京进行国事访问，2022年1月习近平主席在北京以视频方式主持纪念建交30周年的中国—中亚峰会。',
    },
    source: {
      note: 'بكين is the universal Arabic form (Xinhua Arabic, Al Jazeera, Asharq Al-Awsat). Forms like بيجين are not listed: not found in Arabic news copy.',
      asOf: '2025-06',
    },
  },
  {
    id: 'bishkek',
    type: 'place',
    ar: { canonical: 'بيشكيك', variants: ['بشكيك', 'بشكك', 'بيشكك'] },
    en: {
      name: 'Bishkek',
      explanation:
        'The capital and largest city of Kyrgyzstan, in the Chüy valley at the foot of the Tian Shan. It has hosted Shanghai Cooperation Organisation summits and Chinese state visits, and is where Kyrgyz positions on China–Central Asia cooperation are announced.',
    },
    zh: {
      name: '比什凯克',
      pinyin: 'Bǐshíkǎikè',
      explanation:
        '吉尔吉斯斯坦首都和最大城市，位于天山北麓的楚河谷地。比什凯克曾多次举办上海合作组织峰会并接待中国领导人国事访问，是吉方阐述对华及中国—中亚合作立场的重要地点。',
    },
    source: {
      note: "Spellings: بيشكيك (Xinhua/People's Daily Arabic, Russia-Islamic World site); بشكيك and بشكك (Asharq Al-Awsat, SaudiNewsNet corpus 2015); بيشكك (Areq encyclopaedia, Arabic Wikipedia title).",
    },
  },
  {
    id: 'caspian-sea',
    type: 'place',
    ar: { canonical: 'بحر قزوين', variants: ['بحر الخزر', 'بحر القزوين'], short: ['قزوين'] },
    en: {
      name: 'Caspian Sea',
      explanation:
        "The world's largest enclosed body of water, bordered by Kazakhstan, Turkmenistan, Russia, Azerbaijan and Iran. Cargo between China and Europe that avoids Russia crosses it on the Trans-Caspian (Middle) Corridor, a route often discussed alongside China–Central Asia connectivity.",
    },
    zh: {
      name: '里海',
      pinyin: 'Lǐ Hǎi',
      explanation:
        '世界上最大的封闭水域，沿岸国家有哈萨克斯坦、土库曼斯坦、俄罗斯、阿塞拜疆和伊朗。绕开俄罗斯的中欧货运经由“跨里海国际运输走廊”（中间走廊）穿越里海，这一线路常与中国—中亚互联互通一并讨论。',
    },
    source: {
      note: 'Spelling from AFP Arabic (Swissinfo), Realist Arabic and the Marefa encyclopaedia, which also gives the historical name بحر الخزر; بحر القزوين, with the article, in a 2025 Arabic report on Central Asian transport routes. The bare word قزوين is only a short form because it is also an Iranian city (Qazvin).',
    },
  },
  {
    id: 'central-asia',
    type: 'place',
    ar: { canonical: 'آسيا الوسطى', variants: ['وسط آسيا', 'آسيا وسطى'] },
    en: {
      name: 'Central Asia',
      explanation:
        'The region formed by Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, former Soviet republics that became independent in 1991. Together with China they make up the China–Central Asia (C+C5) mechanism, launched at foreign-minister level in 2020 and holding in-person heads-of-state summits every two years since 2023.',
    },
    zh: {
      name: '中亚',
      pinyin: 'Zhōngyà',
      explanation:
        '由哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、土库曼斯坦和乌兹别克斯坦五国组成的地区，五国均于1991年独立。中亚五国与中国共同组成中国—中亚机制，该机制2020年以外长会晤形式启动，2023年起每两年举行一次线下元首峰会。',
    },
    source: {
      note: 'Both آسيا الوسطى (Xinhua Arabic) and وسط آسيا (Asharq Al-Awsat, SaudiNewsNet corpus; AFP-based reports) are in common use. No nisba is used for the region in news copy. Mechanism start date from Xinhua Arabic (secretariat launch report, March 2024).',
      asOf: '2025-06',
    },
  },
  {
    id: 'china',
    type: 'country',
    ar: { canonical: 'الصين', variants: ['جمهورية الصين الشعبية', 'الصين الشعبية'], nisba: ['صيني'] },
    en: {
      name: 'China',
      explanation:
        "The People's Republic of China, Central Asia's eastern neighbour, sharing borders with Kazakhstan, Kyrgyzstan and Tajikistan. It established diplomatic relations with all five Central Asian states in January 1992 and is one of the six members of the China–Central Asia mechanism, whose summits it co-founded and hosted first in Xi'an in 2023.",
    },
    zh: {
      name: '中国',
      pinyin: 'Zhōngguó',
      explanation:
        '中华人民共和国，与哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦三国陆地接壤。中国于1992年1月同中亚五国建立外交关系，是中国—中亚机制的六个成员之一，2023年在西安主办了首届中国—中亚峰会。',
    },
    source: {
      note: "Names checked in Xinhua Arabic and People's Daily Arabic reports on the 2023 and 2025 summits; the official long name is in general use in Xinhua Arabic. Caution for the matcher: the derived form صينية is also the everyday word for a serving tray, and الهند الصينية means Indochina (both found in the SaudiNewsNet corpus).",
      asOf: '2025-06',
    },
  },
  {
    id: 'dushanbe',
    type: 'place',
    ar: { canonical: 'دوشنبه', variants: ['دوشانبي'] },
    en: {
      name: 'Dushanbe',
      explanation:
        'The capital of Tajikistan. Xi Jinping paid state visits there in 2014, 2019 and July 2024, and Chinese foreign ministers regularly meet Tajik leaders in the city.',
    },
    zh: {
      name: '杜尚别',
      pinyin: 'Dùshàngbié',
      explanation:
        '塔吉克斯坦首都。习近平主席曾于2014年、2019年和2024年7月对塔吉克斯坦进行国事访问，中国外长也经常在杜尚别会见塔方领导人。',
    },
    source: {
      note: "Spellings: دوشنبه (Xinhua dateline via People's Daily Arabic, Nov. 2025; Sama TV); دوشانبي (Xinhua-based Egy-Press report and AFP-based The Nation Press report on Xi's July 2024 visit).",
    },
  },
  {
    id: 'eurasia',
    type: 'place',
    ar: { canonical: 'أوراسيا', nisba: ['أوراسي'] },
    en: {
      name: 'Eurasia',
      explanation:
        'The combined landmass of Europe and Asia, in the middle of which Central Asia lies. Chinese and Central Asian officials use the term when describing transcontinental rail corridors, the New Eurasian Land Bridge and events such as the China–Eurasia Expo in Urumqi.',
    },
    zh: {
      name: '欧亚大陆',
      pinyin: 'Ōu-Yà Dàlù',
      explanation:
        '欧洲与亚洲连成的整块大陆，中亚地处其腹地。中国和中亚官方在谈及跨大陆铁路走廊、新亚欧大陆桥以及在乌鲁木齐举办的中国—亚欧博览会等活动时常用这一概念。',
    },
    source: {
      note: "Spelling أوراسيا as used by Xinhua/People's Daily Arabic (China–Eurasia Expo reports) and Sout Al-Omma.",
    },
  },
  {
    id: 'fergana-valley',
    type: 'place',
    ar: { canonical: 'وادي فرغانة' },
    en: {
      name: 'Fergana Valley',
      explanation:
        'A fertile, densely populated valley shared by Uzbekistan, Kyrgyzstan and Tajikistan, enclosed by the Tian Shan and Pamir-Alay ranges. The planned China–Kyrgyzstan–Uzbekistan railway descends into it on its way to Andijan, and its complex borders have long shaped regional security.',
    },
    zh: {
      name: '费尔干纳盆地',
      pinyin: "Fèi'ěrgānnà Péndì",
      explanation:
        '由乌兹别克斯坦、吉尔吉斯斯坦和塔吉克斯坦三国分享的肥沃谷地，人口稠密，四周被天山和帕米尔—阿赖山脉环绕。规划中的中吉乌铁路经此通往安集延，盆地内复杂的边界长期影响地区安全形势。',
    },
    source: {
      note: 'Arabic name from the Marefa encyclopaedia entry and Arabic Wikipedia usage; standard classical toponym (فرغانة). Bare فرغانة is not listed because it is also the name of a city and province in Uzbekistan.',
    },
  },
  {
    id: 'gansu',
    type: 'place',
    ar: { canonical: 'قانسو', variants: ['غانسو'] },
    en: {
      name: 'Gansu',
      explanation:
        'A long, narrow province in north-west China whose Hexi Corridor carried the ancient Silk Road towards Xinjiang and Central Asia. Its capital, Lanzhou, dispatches China–Central Asia freight trains, and the province takes part in trade and cultural exchanges with the region.',
    },
    zh: {
      name: '甘肃',
      pinyin: 'Gānsù',
      explanation:
        '位于中国西北部的狭长省份，河西走廊是古丝绸之路通往新疆和中亚的必经之地。省会兰州开行中国—中亚班列，甘肃积极参与同中亚的经贸和人文交流。',
    },
    source: {
      note: 'Spellings: قانسو (Xinhua Arabic via China.com Arabic, 2021); غانسو (China Encyclopedia Arabic).',
    },
  },
  {
    id: 'karakalpakstan',
    type: 'place',
    ar: { canonical: 'كاراكالباكستان', variants: ['قرقالبوجيستون'] },
    en: {
      name: 'Karakalpakstan',
      explanation:
        'An autonomous republic covering the north-western third of Uzbekistan, on the lower Amu Darya and the former southern shore of the Aral Sea, with Nukus as its capital and its own parliament. In July 2022 a draft constitutional amendment that would have removed its sovereign status and right to secede set off deadly unrest in Nukus; President Mirziyoyev withdrew the change.',
    },
    zh: {
      name: '卡拉卡尔帕克斯坦',
      pinyin: "Kǎlākǎ'ěrpàkèsītǎn",
      explanation:
        '乌兹别克斯坦西北部的自治共和国，约占全国面积三分之一，位于阿姆河下游和咸海原南岸，首府努库斯，设有自己的议会。2022年7月，一项拟取消其主权地位和退出权的宪法修正草案在努库斯引发致命骚乱，米尔济约耶夫总统随后撤回了这一修改。',
    },
    source: {
      note: 'Status, area and the July 2022 unrest: Nationalia (July 2022), TRT World and RFE/RL relays (the withdrawn amendment, 21 deaths by the official count). Arabic: كاراكالباكستان (Awalan, Nawa3em, The Scientist Foundation), جمهورية قرقالبوجيستون (Nawa3em, from the Uzbek Qoraqalpogʻiston).',
      asOf: '2026-12',
    },
  },
  {
    id: 'kashgar',
    type: 'place',
    ar: { canonical: 'كاشغر' },
    en: {
      name: 'Kashgar',
      explanation:
        'An ancient Silk Road oasis city in southern Xinjiang, close to the borders of Kyrgyzstan and Tajikistan. It has the Kashgar Economic Development Zone and part of the Xinjiang pilot free trade zone, and it is the Chinese starting point of the China–Kyrgyzstan–Uzbekistan railway.',
    },
    zh: {
      name: '喀什',
      pinyin: 'Kāshí',
      explanation:
        '新疆南部的丝绸之路古城，靠近吉尔吉斯斯坦和塔吉克斯坦边境。喀什设有经济开发区和中国（新疆）自由贸易试验区喀什片区，也是中吉乌铁路的中国起点。',
    },
    source: {
      note: 'Spelling كاشغر (AFP-based reports on the railway launch, Dec. 2024; Azertag Arabic, 2025). Route facts from the same AFP reports.',
    },
  },
  {
    id: 'kazakhstan',
    type: 'country',
    ar: {
      canonical: 'كازاخستان',
      variants: ['قازاقستان', 'قازاخستان', 'كازخستان', 'الكازاخ'],
      nisba: ['كازاخي', 'كازاخستاني', 'قازاقي', 'كزخي'],
    },
    en: {
      name: 'Kazakhstan',
      explanation:
        "The largest Central Asian state and the world's largest landlocked country, with its capital in Astana. It hosted the second China–Central Asia Summit in Astana on 17 June 2025, and it is where Xi Jinping first proposed the Silk Road Economic Belt in 2013. A new constitution approved by referendum on 15 March 2026 and in force from 1 July 2026 replaced the two-chamber parliament with a single-chamber Kurultai of 145 deputies and created the post of vice-president.",
    },
    zh: {
      name: '哈萨克斯坦',
      pinyin: 'Hāsàkèsītǎn',
      explanation:
        '中亚面积最大的国家，也是世界上最大的内陆国，首都阿斯塔纳。2025年6月17日在阿斯塔纳主办第二届中国—中亚峰会；2013年习近平主席正是在哈萨克斯坦首次提出共建“丝绸之路经济带”。2026年3月15日全民公投通过、同年7月1日起施行的新宪法将两院制议会改为由145名议员组成的一院制议会，并设立副总统职位。',
    },
    source: {
      note: "Spellings: كازاخستان (Xinhua Arabic, Al-Ahram-style Egyptian outlets); قازاقستان (older Xinhua/China.org.cn Arabic, Oman-based Xinhua reprints); قازاخستان (Saudi press, SaudiNewsNet corpus); كازخستان (Syrian Al-Thawra). Nisba: كازاخي (Xinhua seed article), كازاخستاني (Vietnam.vn Arabic, other outlets), قازاقي (People's Daily Arabic, 2023). New constitution: referendum result (87.15% in favour, turnout 73.12%) from the Central Referendum Commission via TASS and Echo FM (16 March 2026); unicameral 145-seat Kurultai, vice-president and entry into force on 1 July 2026 from the published draft as reported by the Astana Times (12 Feb 2026), Diplomatic Affairs and Gazeta.kg (Feb 2026). Adjective كزخي (Al Jazeera).",
      asOf: '2026-03',
    },
  },
  {
    id: 'khorgos',
    type: 'place',
    ar: { canonical: 'هورغوس', variants: ['خورغوس', 'قورغاس', 'كورقاس'] },
    en: {
      name: 'Khorgos',
      explanation:
        "A Chinese border city and land port on the Kazakhstan border in Xinjiang's Ili prefecture, paired with a Kazakh town of the same name. It hosts the China–Kazakhstan International Center for Boundary Cooperation and is one of the busiest crossings for China–Europe and China–Central Asia freight trains.",
    },
    zh: {
      name: '霍尔果斯',
      pinyin: "Huò'ěrguǒsī",
      explanation:
        '新疆伊犁州境内与哈萨克斯坦接壤的边境城市和陆路口岸，对面是哈方同名城镇。这里设有中哈霍尔果斯国际边境合作中心，是中欧班列和中国—中亚班列最繁忙的出入境口岸之一。',
    },
    source: {
      note: 'Spellings: هورغوس (Xinhua Arabic, 2024–2025); خورغوس (VisaHQ Arabic news, 2026); قورغاس (Marefa encyclopaedia); كورقاس (China.org.cn Arabic).',
    },
  },
  {
    id: 'kyrgyzstan',
    type: 'country',
    ar: {
      canonical: 'قيرغيزستان',
      variants: ['قرغيزستان', 'قيرغيزيا', 'القرغيز'],
      nisba: ['قيرغيزي', 'قرغيزي', 'قرغيزستاني', 'قيرغيزستاني'],
    },
    en: {
      name: 'Kyrgyzstan',
      explanation:
        "A mountainous Central Asian republic bordering China's Xinjiang, with its capital in Bishkek; most of its territory lies in the Tian Shan range. It is a member of the China–Central Asia mechanism and the middle section of the China–Kyrgyzstan–Uzbekistan railway, whose construction began in December 2024. Its single-chamber parliament, the 90-seat Jogorku Kenesh, was renewed in early elections on 30 November 2025, a year ahead of schedule.",
    },
    zh: {
      name: '吉尔吉斯斯坦',
      pinyin: "Jí'ěrjísīsītǎn",
      explanation:
        '位于中亚的多山国家，与中国新疆接壤，首都比什凯克，国土大部分处于天山山脉之中。吉尔吉斯斯坦是中国—中亚机制成员国，中吉乌铁路的中段位于其境内，该铁路于2024年12月开工建设。其一院制议会最高会议（90席）于2025年11月30日提前一年举行选举，完成换届。',
    },
    source: {
      note: "Spellings: قيرغيزستان (Xinhua Arabic seed, Vietnam.vn Arabic); قرغيزستان (People's Daily Arabic 2023, Asharq Al-Awsat, AFP Arabic reports on the railway); قيرغيزيا (IRNA Arabic). Nisba: قيرغيزي (Xinhua seed), قرغيزي (Dar al-Hilal, Russia-Islamic World site), قرغيزستاني (AFP-based Arabic reports, Dec. 2024). Parliament: self-dissolution on 25 Sept 2025 and early election of 90 deputies in 30 three-seat districts on 30 Nov 2025 (originally due Nov 2026) per Qazinform (2 Oct 2025), Trend (30 Nov 2025), Astana Times and Asia-Plus (1 Dec 2025).",
      asOf: '2025-12',
    },
  },
  {
    id: 'lanzhou',
    type: 'place',
    ar: { canonical: 'لانتشو' },
    en: {
      name: 'Lanzhou',
      explanation:
        'The capital of Gansu province on the Yellow River, a historic stop on the Silk Road and a rail hub between eastern China and Xinjiang. China–Central Asia freight trains leave from the city for Kazakhstan and other Central Asian states.',
    },
    zh: {
      name: '兰州',
      pinyin: 'Lánzhōu',
      explanation:
        '甘肃省省会，地处黄河之滨，是古丝绸之路重镇和连接中国东部与新疆的铁路枢纽。从兰州开出的中国—中亚班列通往哈萨克斯坦等中亚国家。',
    },
    source: {
      note: 'Spelling لانتشو (Xinhua Arabic via China.com Arabic, March 2021).',
    },
  },
  {
    id: 'lianyungang',
    type: 'place',
    ar: { canonical: 'ليانيونقانغ' },
    en: {
      name: 'Lianyungang',
      explanation:
        "A port city in Jiangsu province on China's east coast, the eastern starting point of the New Eurasian Land Bridge railway. The China–Kazakhstan (Lianyungang) Logistics Cooperation Base, opened in 2014, gives landlocked Kazakhstan and other Central Asian states access to Pacific shipping.",
    },
    zh: {
      name: '连云港',
      pinyin: 'Liányúngǎng',
      explanation:
        '江苏省沿海港口城市，新亚欧大陆桥的东方起点。2014年启用的中哈（连云港）物流合作基地为内陆国哈萨克斯坦及其他中亚国家提供了通往太平洋的出海口。',
    },
    source: {
      note: "Spelling ليانيونقانغ (Xinhua Arabic, Aug. 2022). Logistics-base facts from Xinhua/People's Daily English (2024) and China Today (2017). Other spellings seen once (ليانيوناج, Egyptian report) were not listed.",
    },
  },
  {
    id: 'osh',
    type: 'place',
    ar: { canonical: 'أوش' },
    en: {
      name: 'Osh',
      explanation:
        "Kyrgyzstan's second-largest city, on the edge of the Fergana Valley in the south of the country. It sits on the road and multimodal routes linking Kashgar in Xinjiang with Uzbekistan and beyond.",
    },
    zh: {
      name: '奥什',
      pinyin: 'Àoshí',
      explanation:
        '吉尔吉斯斯坦第二大城市，位于该国南部费尔干纳盆地边缘。奥什地处连接新疆喀什与乌兹别克斯坦等地的公路和多式联运通道上。',
    },
    source: {
      note: 'Spelling أوش (Azertag Arabic, Oct. 2025, on the Kashgar–Osh multimodal route; News-Sinaa).',
    },
  },
  {
    id: 'pamir-mountains',
    type: 'place',
    ar: { canonical: 'هضبة بامير', variants: ['جبال بامير'] },
    en: {
      name: 'Pamir Mountains',
      explanation:
        "A high mountain knot centred on Tajikistan that reaches into China's Xinjiang, Afghanistan and Kyrgyzstan. The China–Tajikistan border runs through it, and its passes and roads matter for cross-border trade and security cooperation between China and Central Asia.",
    },
    zh: {
      name: '帕米尔高原',
      pinyin: "Pàmǐ'ěr Gāoyuán",
      explanation:
        '以塔吉克斯坦为中心的高山地区，延伸至中国新疆、阿富汗和吉尔吉斯斯坦。中塔边界穿越帕米尔高原，这里的山口和公路对中国与中亚的跨境贸易和安全合作具有重要意义。',
    },
    source: {
      note: "هضبة بامير as used in the Arab Encyclopedia entry on the Pamirs (reprinted on fotoartbook.net); جبال بامير is a common alternative wording, not seen verbatim in news copy. The bare word بامير is deliberately not listed: after hamza folding it equals بأمير ('with a prince'), which occurs in ordinary Arabic (found in the SaudiNewsNet corpus).",
    },
  },
  {
    id: 'russia',
    type: 'country',
    ar: { canonical: 'روسيا', variants: ['روسيا الاتحادية', 'الروس'], nisba: ['روسي'] },
    en: {
      name: 'Russia',
      explanation:
        "Russia is Central Asia's other large neighbour and, with China, its main economic and security partner. It holds its own Russia–Central Asia summits and shares the SCO and other forums with the region, which is why its name often sits beside the same leaders in the news.",
    },
    zh: {
      name: '俄罗斯',
      pinyin: 'Éluósī',
      explanation:
        '俄罗斯是中亚的另一个大邻国，与中国同为该地区主要的经济和安全伙伴。俄罗斯与中亚国家另有"俄罗斯—中亚"峰会，并同在上合组织等多边机制中，因此新闻中常与中亚领导人一同出现。',
    },
    source: {
      note: 'General fact; Russia–Central Asia summits seen in the development set (Dushanbe 2025, Astana 2022). Arabic روسيا / روسيا الاتحادية and the adjective روسي are standard usage across Arabic outlets. Also الروس, the Russians, as the Kazakh form الكازاخ is listed (Al Jazeera encyclopedia, Sky News Arabia).',
    },
  },
  {
    id: 'samarkand',
    type: 'place',
    ar: { canonical: 'سمرقند' },
    en: {
      name: 'Samarkand',
      explanation:
        "A historic Silk Road city in Uzbekistan. It hosted the Shanghai Cooperation Organisation summit of 15–16 September 2022, during Xi Jinping's first trip abroad after the COVID-19 pandemic, which also took him to Kazakhstan.",
    },
    zh: {
      name: '撒马尔罕',
      pinyin: "Sāmǎ'ěrhǎn",
      explanation:
        '乌兹别克斯坦的丝绸之路历史名城。2022年9月15日至16日上海合作组织峰会在此举行，这是习近平主席在新冠疫情后首次出访，此行还访问了哈萨克斯坦。',
    },
    source: {
      note: 'Spelling سمرقند (IRNA Arabic, Russia-Islamic World site, Arabic reference pages). SCO summit dates from IRNA Arabic and Chinese MFA announcement (Sputnik Chinese). Bukhara (بخارى) was deliberately left out of the glossary: after ى→ي folding it equals البخاري (Imam al-Bukhari, President Buhari).',
    },
  },
  {
    id: 'shaanxi',
    type: 'place',
    ar: { canonical: 'شنشي' },
    en: {
      name: 'Shaanxi',
      explanation:
        "A province in north-west China whose capital, Xi'an, was the eastern starting point of the ancient Silk Road. Shaanxi hosted the first China–Central Asia Summit in May 2023 and is home to the mechanism's secretariat.",
    },
    zh: {
      name: '陕西',
      pinyin: 'Shǎnxī',
      explanation:
        '位于中国西北部的省份，省会西安是古丝绸之路的东方起点。陕西于2023年5月承办首届中国—中亚峰会，中国—中亚机制秘书处也设在这里。',
    },
    source: {
      note: "Spelling شنشي (Xinhua and People's Daily Arabic: مدينة شيآن، حاضرة مقاطعة شنشي). The form شانشي is deliberately not listed: Xinhua Arabic and Arabic encyclopaedias use it for the different province Shanxi (山西).",
    },
  },
  {
    id: 'shanghai',
    type: 'place',
    ar: { canonical: 'شانغهاي', variants: ['شنغهاي'] },
    en: {
      name: 'Shanghai',
      explanation:
        "China's largest city and its main financial and trading centre, at the mouth of the Yangtze River. The Shanghai Cooperation Organisation was founded there on 15 June 2001 by China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan and takes its name from the city, which also hosts the China International Import Expo, attended by Central Asian prime ministers.",
    },
    zh: {
      name: '上海',
      pinyin: 'Shànghǎi',
      explanation:
        '中国最大城市和金融、贸易中心，位于长江入海口。2001年6月15日，中国、俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦和乌兹别克斯坦在此成立上海合作组织，该组织即以这座城市命名；上海还举办中国国际进口博览会，中亚国家总理曾出席。',
    },
    source: {
      note: "Founding: Xinhua via Al-Wakad (Aug 2025), SANA (31 Aug 2025), Silk Road News Network Arabic. Import expo: Aden TV (Nov 2024, opening attended by the Kazakh and Uzbek prime ministers). Arabic: شانغهاي (Xinhua via Al-Wakad; 14 October newspaper), شنغهاي (SANA, Aden TV, Emirates 7, Silk Road News Network). Inside منظمة شنغهاي للتعاون the organisation's longer name wins.",
    },
  },
  {
    id: 'syr-darya',
    type: 'place',
    ar: { canonical: 'سير داريا', variants: ['سير دريا', 'جاكسارتس', 'نهر سيحون'] },
    en: {
      name: 'Syr Darya',
      explanation:
        "Central Asia's longest river, about 2,200 km, formed in the Fergana Valley where the Naryn from Kyrgyzstan meets the Kara Darya, and flowing through Uzbekistan, Tajikistan and southern Kazakhstan to the North Aral Sea. The ancient Greeks called it the Jaxartes. Upstream dams and downstream irrigation make its water a constant subject of regional bargaining.",
    },
    zh: {
      name: '锡尔河',
      pinyin: "Xī'ěr Hé",
      explanation:
        '中亚最长的河流，全长约2200公里，由源自吉尔吉斯斯坦的纳伦河与卡拉河在费尔干纳盆地汇合而成，流经乌兹别克斯坦、塔吉克斯坦和哈萨克斯坦南部，注入北咸海。古希腊人称之为药杀水（Jaxartes）。上游水坝与下游灌溉之间的用水分配一直是地区协商的议题。',
    },
    source: {
      note: 'Course and length: reference pages on the river (confluence of the Naryn and Kara Darya in the Fergana Valley; 2,212–2,256 km; mouth in the North Aral Sea) and Tengrinews. Arabic: سير داريا (Nawa3em), سير دَريا (EDNews Arabic), the classical جاكسارتس (Nawa3em). The medieval Arabic name سيحون is listed only as نهر سيحون ("the Sayhun river"): alone it is also a name (the Seyhan river and city in Turkey).',
    },
  },
  {
    id: 'tajikistan',
    type: 'country',
    ar: { canonical: 'طاجيكستان', variants: ['طاجكستان', 'الطاجيك'], nisba: ['طاجيكي', 'طاجيكستاني', 'طاجكي'] },
    en: {
      name: 'Tajikistan',
      explanation:
        "The smallest Central Asian state by area, almost entirely mountainous and including most of the Pamirs, with its capital in Dushanbe. It borders China's Xinjiang and Afghanistan, which makes it important for China–Central Asia security and connectivity cooperation.",
    },
    zh: {
      name: '塔吉克斯坦',
      pinyin: 'Tǎjíkèsītǎn',
      explanation:
        '中亚面积最小的国家，境内几乎全是山地，帕米尔高原大部分位于其境内，首都杜尚别。塔吉克斯坦与中国新疆和阿富汗接壤，在中国—中亚安全与互联互通合作中地位重要。',
    },
    source: {
      note: "Spelling طاجيكستان is uniform across Xinhua Arabic, People's Daily Arabic and Gulf/Egyptian outlets. Nisba: طاجيكي (Xinhua seed), طاجيكستاني (Sama TV: العاصمة الطاجيكستانية). Without the first ي: الطاجكية (Youm7), طاجكستان (a Saudi daily, 2015).",
      asOf: '2025-06',
    },
  },
  {
    id: 'tashkent',
    type: 'place',
    ar: { canonical: 'طشقند' },
    en: {
      name: 'Tashkent',
      explanation:
        'The capital of Uzbekistan and the most populous city in Central Asia. It hosts Uzbek–Chinese talks and regional meetings and is a destination of China–Central Asia freight trains that cross Xinjiang via Khorgos.',
    },
    zh: {
      name: '塔什干',
      pinyin: 'Tǎshígān',
      explanation:
        '乌兹别克斯坦首都，中亚人口最多的城市。塔什干经常举办中乌会谈和地区会议，也是经新疆霍尔果斯口岸开行的中国—中亚班列的目的地之一。',
    },
    source: {
      note: 'طشقند is the uniform spelling in Xinhua Arabic (freight-train reports reprinted by CACSR), Asia Arabic and Arabic reference pages; no other form found in news copy.',
    },
  },
  {
    id: 'tianjin',
    type: 'place',
    ar: { canonical: 'تيانجين' },
    en: {
      name: 'Tianjin',
      explanation:
        "A major port city on the Bohai Sea south-east of Beijing and one of China's four municipalities directly under the central government. It hosted the Shanghai Cooperation Organisation summit of 31 August–1 September 2025, the largest in the organisation's history, where the Tianjin Declaration was adopted with the Central Asian member states present.",
    },
    zh: {
      name: '天津',
      pinyin: 'Tiānjīn',
      explanation:
        '中国四个直辖市之一，位于北京东南、渤海之滨，是重要港口城市。2025年8月31日至9月1日上海合作组织峰会在此举行，这是该组织成立以来规模最大的一次峰会，中亚成员国与会并通过了《天津宣言》。',
    },
    source: {
      note: 'Summit dates: Chinese foreign ministry via Iran International Arabic (22 Aug 2025), Xinhua via Al-Wakad, AFP via Swissinfo Arabic and SANA (30–31 Aug 2025); scale from Sputnik Arabic (31 Aug 2025). Arabic: تيانجين in all of these and in Al-Ittihad and TRT Arabic; no other spelling was found.',
      asOf: '2025-09',
    },
  },
  {
    id: 'tianshan-mountains',
    type: 'place',
    ar: { canonical: 'جبال تيانشان', variants: ['تيانشان', 'تيان شان'] },
    en: {
      name: 'Tian Shan mountains',
      explanation:
        'A great mountain system stretching about 2,500 km across Xinjiang, Kyrgyzstan, Kazakhstan and Uzbekistan, whose highest peak, Jengish Chokusu (Tomur), reaches 7,439 m. Its Chinese and Central Asian sections are UNESCO World Heritage sites, and new roads and the China–Kyrgyzstan–Uzbekistan railway must cross it.',
    },
    zh: {
      name: '天山',
      pinyin: 'Tiān Shān',
      explanation:
        '横跨中国新疆、吉尔吉斯斯坦、哈萨克斯坦和乌兹别克斯坦的大型山系，全长约2500公里，最高峰托木尔峰（胜利峰）海拔7400多米。新疆天山和西天山均已列入世界遗产名录，中吉乌铁路等交通项目需穿越天山。',
    },
    source: {
      note: 'Spellings: جبال تيانشان (China Daily Arabic feature reprinted by allnewspapers), جبل تيانشان (China.org.cn Arabic), تيان شان (Istifaga and other Arabic reference pages).',
    },
  },
  {
    id: 'turkmenistan',
    type: 'country',
    ar: {
      canonical: 'تركمانستان',
      variants: ['تركمنستان', 'تركمانيا'],
      nisba: ['تركماني', 'تركمانستاني', 'تركمنستاني'],
    },
    en: {
      name: 'Turkmenistan',
      explanation:
        "A Central Asian state on the Caspian Sea with its capital in Ashgabat, holding some of the world's largest natural-gas reserves and a UN-recognised status of permanent neutrality. It is the starting point of the Central Asia–China gas pipeline and a member of the China–Central Asia mechanism.",
    },
    zh: {
      name: '土库曼斯坦',
      pinyin: 'Tǔkùmànsītǎn',
      explanation:
        '位于里海东岸的中亚国家，首都阿什哈巴德，天然气储量位居世界前列，其永久中立地位获联合国承认。土库曼斯坦是中国—中亚天然气管道的起点，也是中国—中亚机制成员国。',
    },
    source: {
      note: "Spellings: تركمانستان (Xinhua Arabic, People's Daily Arabic); تركمنستان (dpa- and BBC-based Arabic reports, e.g. Msr2030 and Misr al-Gadida); تركمانيا (Elaph, RIA-based report, 2009). Nisba: تركماني (Xinhua seed), تركمانستاني (Al-Hayat), تركمنستاني (BBC-based Arabic report). Caution for the matcher: تركماني also describes the Turkmen minorities of Iraq and Syria.",
      asOf: '2025-06',
    },
  },
  {
    id: 'urumqi',
    type: 'place',
    ar: { canonical: 'أورومتشي', variants: ['أورومشي', 'أوروموتشي'] },
    en: {
      name: 'Urumqi',
      explanation:
        'The capital of the Xinjiang Uygur Autonomous Region and the main Chinese city facing Central Asia. It hosts the China–Eurasia Expo and is a departure point for freight trains and logistics routes to Kazakhstan and the rest of the region.',
    },
    zh: {
      name: '乌鲁木齐',
      pinyin: 'Wūlǔmùqí',
      explanation:
        '新疆维吾尔自治区首府，中国面向中亚的主要城市。乌鲁木齐举办中国—亚欧博览会，也是开往哈萨克斯坦等中亚国家的货运班列和物流线路的始发地。',
    },
    source: {
      note: "Spellings: أورومتشي (Xinhua and People's Daily Arabic, Sout Al-Omma); أورومشي (Syrian Al-Thawra, 2024); أوروموتشي (China.org.cn Arabic).",
    },
  },
  {
    id: 'uzbekistan',
    type: 'country',
    ar: { canonical: 'أوزبكستان', variants: ['أوزباكستان', 'الأوزبك'], nisba: ['أوزبكي', 'أوزبكستاني'] },
    en: {
      name: 'Uzbekistan',
      explanation:
        'The most populous Central Asian state and one of only two doubly landlocked countries in the world, with its capital in Tashkent. It is a member of the China–Central Asia mechanism and the western end of the planned China–Kyrgyzstan–Uzbekistan railway.',
    },
    zh: {
      name: '乌兹别克斯坦',
      pinyin: 'Wūzībiékèsītǎn',
      explanation:
        '中亚人口最多的国家，也是世界上仅有的两个双重内陆国之一，首都塔什干。乌兹别克斯坦是中国—中亚机制成员国，也是中吉乌铁路的西端所在国。',
    },
    source: {
      note: 'Spellings: أوزبكستان (Xinhua Arabic, most outlets); أوزباكستان (Arabic travel and reference sites such as Almalomat and Mqalla; not found in agency copy). Nisba: أوزبكي (Xinhua seed), أوزبكستاني (Saudi press, SaudiNewsNet corpus).',
      asOf: '2025-06',
    },
  },
  {
    id: 'xian',
    type: 'place',
    ar: { canonical: 'شيآن', variants: ['تشانغآن'] },
    en: {
      name: "Xi'an",
      explanation:
        "The capital of Shaanxi province and, as ancient Chang'an, the eastern starting point of the Silk Road. It hosted the first China–Central Asia Summit on 18–19 May 2023, which adopted the Xi'an Declaration, and the mechanism's permanent secretariat opened there on 30 March 2024.",
    },
    zh: {
      name: '西安',
      pinyin: "Xī'ān",
      explanation:
        '陕西省省会，古称长安，是古丝绸之路的东方起点。2023年5月18日至19日首届中国—中亚峰会在此举行并通过《西安宣言》，中国—中亚机制常设秘书处于2024年3月30日在西安正式启动。',
    },
    source: {
      note: "Spellings: شيآن (Xinhua and People's Daily Arabic, CRI Arabic) and شيان (dpa- and AFP-based reports in Msr2030, Hyawhoma, Mnalmsdr; Arabic Wikipedia title) are one form after alef folding, so no variant is needed. تشانغآن is Chang'an, the city's name under the Han and Tang, which Chinese Arabic-language outlets use for it in Silk Road context (Al-Harir, 2023); the split تشانغ آن is not listed (Zhang An is a person's name). The split form شي آن is deliberately NOT listed: after folding it equals شي إن/شي أن, an extremely common phrase in Xinhua copy (قال شي إن ...). Secretariat date from Xinhua Arabic, 30 March 2024.",
    },
  },
  {
    id: 'xinjiang',
    type: 'place',
    ar: {
      canonical: 'شينجيانغ',
      variants: ['شينجيانج', 'منطقة شينجيانغ الويغورية ذاتية الحكم', 'منطقة شينجيانغ الويغورية الذاتية الحكم'],
    },
    en: {
      name: 'Xinjiang',
      explanation:
        "The Xinjiang Uygur Autonomous Region, China's largest provincial-level division, which borders eight countries including Kazakhstan, Kyrgyzstan and Tajikistan. As China's gateway to Central Asia it hosts the main land ports (Khorgos, Alashankou), the China–Eurasia Expo in its capital Urumqi and the Chinese end of the planned railway to Uzbekistan.",
    },
    zh: {
      name: '新疆',
      pinyin: 'Xīnjiāng',
      explanation:
        '新疆维吾尔自治区是中国面积最大的省级行政区，与哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦等八国接壤。作为中国向西开放、通往中亚的门户，新疆拥有霍尔果斯、阿拉山口等主要陆路口岸，首府乌鲁木齐举办中国—亚欧博览会，中吉乌铁路的中国段也位于此地。',
    },
    source: {
      note: 'Spellings: شينجيانغ and the full name منطقة شينجيانغ الويغورية ذاتية الحكم (Xinhua Arabic); الذاتية الحكم (China.org.cn Arabic); شينجيانج (Egyptian press, Sout Al-Omma). The term تركستان الشرقية is not listed: it is a contested political name, not a neutral variant.',
    },
  },
];
