import type { GlossaryEntry } from '../schema';

export const people: GlossaryEntry[] = [
  {
    id: 'abdulaziz-kamilov',
    type: 'person',
    ar: {
      canonical: 'عبد العزيز كاميلوف',
      variants: ['عبدالعزيز كاميلوف', 'عبد العزيز كاملوف'],
      short: ['كاميلوف', 'كاملوف'],
    },
    en: {
      name: 'Abdulaziz Kamilov',
      explanation:
        "Abdulaziz Kamilov was Uzbekistan's foreign minister from 2012 to April 2022, serving under both Islam Karimov and Shavkat Mirziyoyev, and met Wang Yi many times; in May 2021 he travelled to Xi'an for the second China–Central Asia foreign ministers' meeting. On leaving the ministry he became deputy secretary of the Security Council (April 2022) and, from June 2022, the President's Special Representative for foreign policy, the title under which he was still reported in 2025.",
    },
    zh: {
      name: '卡米洛夫',
      pinyin: 'Kǎmǐluòfū',
      explanation:
        '卡米洛夫2012年至2022年4月任乌兹别克斯坦外交部长，历经卡里莫夫和米尔济约耶夫两任总统，多次同王毅会谈，2021年5月曾赴西安出席第二次中国—中亚外长会晤。卸任外长后，他于2022年4月任安全会议副秘书，同年6月起任总统外交政策特别代表，2025年的报道仍以这一头衔称呼他。',
    },
    source: {
      note: "Posts: Qalampir.uz and Kant.kg (June 2022: minister 2012 to April 2022, Security Council deputy secretary from 27 April 2022, then the President's Special Representative for foreign policy); Profnews (2025) still gives that title. Xi'an meeting: Sputnik Uzbekistan (10 May 2021). Arabic: عبد العزيز كاميلوف (Xinhua via People's Daily Arabic, May 2016 and April 2017), عبدالعزيز كاميلوف (Al-Dawla News), عبد العزيز كاملوف (Akhbar El Yom's Al-Masaey; Al-Ahram Gate via Masress). The surname alone is short only: Kamilov is a common Uzbek surname.",
      asOf: '2022-06',
    },
  },
  {
    id: 'abdulla-aripov',
    type: 'person',
    ar: {
      canonical: 'عبد الله أريبوف',
      variants: ['عبدالله أريبوف', 'أريبوف'],
    },
    en: {
      name: 'Abdulla Aripov',
      explanation:
        "Abdulla Aripov has been Prime Minister of Uzbekistan since December 2016 and was reappointed in November 2024. He handles the government side of Uzbekistan's economic cooperation with China and met Premier Li Qiang in Shanghai in November 2024.",
    },
    zh: {
      name: '阿里波夫',
      pinyin: 'Ālǐbōfū',
      explanation:
        '阿里波夫自2016年12月起任乌兹别克斯坦总理，2024年11月获连任。他负责乌方与中国经济合作的政府层面工作，2024年11月曾在上海会见李强总理。',
    },
    source: {
      note: "Office: Xinhua via People's Daily English (Nov 2024), Gazeta.uz. Arabic: عبد الله أريبوف (Xinhua Arabic, Nov 2024; AFP via Akhbar Al-Aan); the joined spelling عبدالله is the usual alternative writing, not directly seen.",
      asOf: '2024-11',
    },
  },
  {
    id: 'adylbek-kasymaliev',
    type: 'person',
    ar: {
      canonical: 'أديلبيك قاسمالييف',
      variants: ['قاسمالييف'],
    },
    en: {
      name: 'Adylbek Kasymaliev',
      explanation:
        'Adylbek Kasymaliev has been Chairman of the Cabinet of Ministers of Kyrgyzstan and head of the Presidential Administration since December 2024, after serving as first deputy chairman and finance minister, and he kept the post after the early parliamentary election of 30 November 2025. In June 2025 he met Premier Li Qiang in Tianjin to follow up on the Astana summit, including the China–Kyrgyzstan–Uzbekistan railway.',
    },
    zh: {
      name: '卡瑟马利耶夫',
      pinyin: 'Kǎsèmǎlìyēfū',
      explanation:
        '卡瑟马利耶夫自2024年12月起任吉尔吉斯斯坦内阁主席兼总统办公厅主任，此前曾任内阁第一副主席和财政部长，2025年11月30日提前举行议会选举后继续留任。2025年6月他在天津会见李强总理，落实阿斯塔纳峰会成果，包括中吉乌铁路项目。',
    },
    source: {
      note: 'Office: Sputnik Kyrgyzstan, Trend, 1news.az (Dec 2024); China News Service (June 2025); Gazeta.kg and Open.kg reports of him chairing the review of the cabinet’s 2025 action plan (early 2026); 24.kg on the February 2026 cabinet changes, which did not touch his post. Arabic spelling not found in any outlet (unconfirmed).',
      asOf: '2026-02',
    },
  },
  {
    id: 'almazbek-atambayev',
    type: 'person',
    ar: {
      canonical: 'ألماز بك أتامباييف',
      variants: ['أتامباييف'],
    },
    en: {
      name: 'Almazbek Atambayev',
      explanation:
        'Almazbek Atambayev was President of Kyrgyzstan from 2011 to 2017 and earlier prime minister. During his term China financed several Kyrgyz infrastructure projects as the Belt and Road Initiative got under way; he appears in coverage as one of the predecessors of President Sadyr Japarov.',
    },
    zh: {
      name: '阿坦巴耶夫',
      pinyin: 'Ātǎnbāyēfū',
      explanation:
        '阿坦巴耶夫2011年至2017年任吉尔吉斯斯坦总统，此前曾任总理。在其任内，随着“一带一路”倡议起步，中国资助了吉尔吉斯斯坦多个基础设施项目；他在报道中作为扎帕罗夫总统的前任出现。',
    },
    source: {
      note: 'Dates: Kiddle/Wikipedia bio, Treccani. Arabic: ألماز بك أتامباييف (Al-Araby Al-Jadeed). Chinese form per Xinhua usage (not re-checked in this session).',
      asOf: '2026-11',
    },
  },
  {
    id: 'antonio-guterres',
    type: 'person',
    ar: {
      canonical: 'أنطونيو غوتيريش',
      variants: ['أنطونيو جوتيريش', 'غوتيريش', 'جوتيريش'],
    },
    en: {
      name: 'António Guterres',
      explanation:
        "António Guterres, a former Prime Minister of Portugal, has been UN Secretary-General since 1 January 2017; his second term ends on 31 December 2026, and the race for a successor who takes office on 1 January 2027 formally opened in November 2025. Xi Jinping's 2025 Astana speech stressed the UN-centred international order, and Guterres has praised China's support for multilateralism.",
    },
    zh: {
      name: '古特雷斯',
      pinyin: 'Gǔtèléisī',
      explanation:
        '古特雷斯曾任葡萄牙总理，自2017年1月1日起任联合国秘书长，第二个任期至2026年12月31日结束；2025年11月，联合国正式启动继任者遴选，新任秘书长将于2027年1月1日就职。习近平在2025年阿斯塔纳峰会讲话中强调以联合国为核心的国际体系，古特雷斯也多次肯定中国对多边主义的支持。',
    },
    source: {
      note: 'Office: Reuters via Sawt Beirut (Aug 2025); succession process: PNN, IANS via MENAFN and Japan Today (joint letter of 25 Nov 2025 opening nominations), Devdiscourse (nominations and April 2026 candidate dialogues), a review of the 21–22 April 2026 dialogues. Whether the Security Council has since recommended a successor could not be confirmed in the sources available (none later than mid-2026), so no name is given. Arabic: أنطونيو غوتيريش (Reuters via Sawt Beirut), أنطونيو جوتيريش (Al-Dostor).',
      asOf: '2026-04',
    },
  },
  {
    id: 'bakhtiyor-saidov',
    type: 'person',
    ar: {
      canonical: 'بختيور سعيدوف',
      variants: ['بختيار سعيدوف'],
      short: ['سعيدوف'],
    },
    en: {
      name: 'Bakhtiyor Saidov',
      explanation:
        "Bakhtiyor Saidov has been Foreign Minister of Uzbekistan since late 2022 (confirmed in 2023) and was earlier ambassador to China. He takes part in the China–Central Asia foreign ministers' meetings and hosted Wang Yi in Tashkent in November 2025.",
    },
    zh: {
      name: '赛义多夫',
      pinyin: 'Sàiyìduōfū',
      explanation:
        '赛义多夫自2022年底起任乌兹别克斯坦外交部长（2023年获正式批准），此前曾任驻华大使。他参加中国—中亚外长会晤，并于2025年11月在塔什干接待王毅。',
    },
    source: {
      note: "Office: Vestnik Kavkaza, Fergana (2022–2023), 24.kg (Nov 2025). Arabic: بختيور سعيدوف (Xinhua Arabic via the Belt and Road portal, 2024), بختيار سعيدوف (Xinhua via People's Daily Arabic, 2023).",
      asOf: '2025-11',
    },
  },
  {
    id: 'cai-qi',
    type: 'person',
    ar: {
      canonical: 'تساي تشي',
      short: ['تساي'],
    },
    en: {
      name: 'Cai Qi',
      explanation:
        "Cai Qi is a member of the Politburo Standing Committee of the Communist Party of China, first-ranked secretary of its Secretariat and, since 2023, director of the party's General Office, in effect Xi Jinping's chief of staff. In that role he often travels with Xi on state visits and summits.",
    },
    zh: {
      name: '蔡奇',
      pinyin: 'Cài Qí',
      explanation:
        '蔡奇是中共中央政治局常委、中央书记处书记，2023年起兼任中央办公厅主任，相当于习近平的幕僚长。他经常陪同习近平出访和出席峰会。',
    },
    source: {
      note: 'Office: Asharq (Nikkei Asia), Sinoeurasian (March 2023). Arabic: تساي تشي (Asharq, Sinoeurasian, Sada El Balad).',
      asOf: '2025-06',
    },
  },
  {
    id: 'ding-xuexiang',
    type: 'person',
    ar: {
      canonical: 'دينغ شيوشيانغ',
      variants: ['دينغ شيويه شيانغ', 'دينج زوكسيانج', 'دينغ شوكسيانج', 'دينغ شويشيانغ', 'دينغ شو شيانغ'],
      short: ['دينغ', 'دينج'],
    },
    en: {
      name: 'Ding Xuexiang',
      explanation:
        "Ding Xuexiang is a member of the Politburo Standing Committee and has been China's first-ranked Vice Premier since March 2023. He oversees economic and development matters that feed into cooperation with Central Asia.",
    },
    zh: {
      name: '丁薛祥',
      pinyin: 'Dīng Xuēxiáng',
      explanation:
        '丁薛祥是中共中央政治局常委，自2023年3月起任国务院第一副总理。他分管的经济和发展事务与中国同中亚的合作密切相关。',
    },
    source: {
      note: 'Office: Wikimili biography, Marefa; Foreign Ministry press conference of 31 October 2025 (Standing Committee member and Vice Premier, trip to Uruguay, Brazil and the Belém Climate Summit). Arabic: دينغ شيوشيانغ (VOI Arabic), دينج زوكسيانج (Sada El Balad), دينغ شوكسيانج (Sinoeurasian); دينغ شيويه شيانغ is the Xinhua-style spelling, included without a direct hit.',
      asOf: '2025-10',
    },
  },
  {
    id: 'emomali-rahmon',
    type: 'person',
    ar: {
      canonical: 'إمام علي رحمان',
      variants: ['إمام علي رحمن', 'إمام علي رحمون'],
      short: ['رحمان', 'رحمن', 'رحمون', 'إيمومالي'],
    },
    en: {
      name: 'Emomali Rahmon',
      explanation:
        'Emomali Rahmon has led Tajikistan since 1992 and has been its President since 1994; he holds the title "Leader of the Nation". He attended both China–Central Asia summits, and Tajikistan is a key partner of China on border security and connectivity.',
    },
    zh: {
      name: '拉赫蒙',
      pinyin: 'Lāhèméng',
      explanation:
        '拉赫蒙自1992年起领导塔吉克斯坦，1994年起任总统，拥有“民族领袖”称号。他出席了两届中国—中亚峰会；塔吉克斯坦是中国在边境安全和互联互通方面的重要伙伴。',
    },
    source: {
      note: 'Office: presidential biographies; still in office after a two-week absence in Jan–Feb 2026 (AFP via Masrawy, Caspian Post). Arabic: إمام علي رحمان (Xinhua Arabic seed), إمام علي رحمن (AFP via Elaph, Masrawy, Al-Mesryoon), إمام علي رحمون (Al-Watan). The given name alone, إيمومالي, as a short reference (a biography page on ihsaane.org).',
      asOf: '2026-02',
    },
  },
  {
    id: 'erlan-idrissov',
    type: 'person',
    ar: {
      canonical: 'إيرلان إدريسوف',
      variants: ['يرلان ادريسوف'],
      short: ['إدريسوف'],
    },
    en: {
      name: 'Erlan Idrissov',
      explanation:
        "Erlan Idrissov was Kazakhstan's foreign minister twice, in 1999–2002 and again from September 2012, after serving as ambassador in London and Washington; early in 2017 he went back to London as ambassador. His second term covered Xi Jinping's September 2013 speech in Astana proposing the Silk Road Economic Belt, and in May 2016 he discussed with Wang Yi how to link it with Kazakhstan's new economic policy.",
    },
    zh: {
      name: '伊德里索夫',
      pinyin: 'Yīdélǐsuǒfū',
      explanation:
        '伊德里索夫曾两度出任哈萨克斯坦外交部长（1999—2002年，以及2012年9月起），此前任驻英国和驻美国大使，2017年初再度出任驻英国大使。在其第二个任期内，习近平于2013年9月在阿斯塔纳提出共建丝绸之路经济带，2016年5月他同王毅商谈这一倡议与哈萨克斯坦新经济政策的对接。',
    },
    source: {
      note: 'Posts: Reuters and The Moscow Times (28–30 Sept 2012, reappointment as minister), Kazinform and the Kazakh embassy in London (2017 interview: minister 1999–2002 and 2012–17, back in London as ambassador from February 2017); his posts after that were not checked. Talks with Wang Yi: Xinhua Arabic (21 May 2016). Arabic: إيرلان إدريسوف (Xinhua Arabic, 2016), يرلان ادريسوف (Saudi Press Agency via Sauress, 2013); the spelling إرلان was not found. The surname alone is short only: Idrisov is a common surname.',
      asOf: '2017-02',
    },
  },
  {
    id: 'guo-jiakun',
    type: 'person',
    ar: {
      canonical: 'قوه جيا كون',
    },
    en: {
      name: 'Guo Jiakun',
      explanation:
        "Guo Jiakun has been a spokesperson of China's Foreign Ministry since 6 January 2025, the ministry's 35th, and is a deputy director-general of its Information Department. He regularly answers questions on Central Asia and the China–Central Asia mechanism at the daily briefing.",
    },
    zh: {
      name: '郭嘉昆',
      pinyin: 'Guō Jiākūn',
      explanation:
        '郭嘉昆自2025年1月6日起任外交部第35任发言人，兼任新闻司副司长。他在例行记者会上经常回答有关中亚和中国—中亚机制的问题。',
    },
    source: {
      note: 'Office: Xinhua and China News Service (Jan 2025); Foreign Ministry transcript of his regular press conference of 28 January 2026. Arabic: قوه جيا كون (Sada El Balad, Shfa/Xinhua, Aden TV, RT Arabic). No short form: قوه folds to قوة ("force").',
      asOf: '2026-01',
    },
  },
  {
    id: 'gurbanguly-berdimuhamedov',
    type: 'person',
    ar: {
      canonical: 'قربان قولي بردي محمدوف',
      variants: [
        'قوربان قولو بيردي محمدوف',
        'جوربانجولي بيردي محمدوف',
        'قربانقلي بردي محمدوف',
        'قربان قولي بيردي محمدوف',
        'قربان قول بيردي محمدوف',
      ],
      short: ['بردي محمدوف', 'بيردي محمدوف', 'بيرديمحمدوف', 'قربان قولي'],
    },
    en: {
      name: 'Gurbanguly Berdimuhamedov',
      explanation:
        'Gurbanguly Berdimuhamedov was President of Turkmenistan from 2007 to 2022 and is the father of President Serdar Berdimuhamedov. Since January 2023 he has chaired the Halk Maslahaty (People\'s Council), the country\'s highest representative body, with the title "National Leader of the Turkmen people"; gas exports to China grew under his rule.',
    },
    zh: {
      name: '古尔班古力·别尔德穆哈梅多夫',
      pinyin: "Gǔ'ěrbāngǔlì Bié'ěrdémùhāméiduōfū",
      explanation:
        '古尔班古力·别尔德穆哈梅多夫2007年至2022年任土库曼斯坦总统，是现任总统谢尔达尔的父亲。2023年1月起他担任土库曼斯坦人民委员会主席，并拥有“土库曼民族领袖”称号；在其任内土库曼斯坦对华天然气出口大幅增长。',
    },
    source: {
      note: 'Title: Asharq (AFP, Jan 2023) and Turkmen embassy note (2024); Trend (June 2025) and Business Turkmenistan (early 2026, on his call with Valentina Matviyenko about the CIS summit of 9 October 2026) still give him as National Leader and Chairman of the Halk Maslahaty. Arabic: قربان قولي بردي محمدوف (Asharq, Sputnik Arabic, Elnashra, Youm7, Al-Wasat), قوربان قولو بيردي محمدوف (Kitabat), جوربانجولي بيردي محمدوف and بيرديمحمدوف (Britannica Arabic edition). Surname shared with his son: in short for both. Also قربان قول بيردي محمدوف (Elaph, 2009).',
      asOf: '2026-01',
    },
  },
  {
    id: 'han-zheng',
    type: 'person',
    ar: {
      canonical: 'هان تشنغ',
      variants: ['هان تشنج'],
      short: ['هان'],
    },
    en: {
      name: 'Han Zheng',
      explanation:
        'Han Zheng has been Vice President of China since March 2023, after serving as first-ranked vice premier (2018–2023) and a member of the Politburo Standing Committee (2017–2022). As vice president he represents China at ceremonies and receives foreign leaders, including from Central Asia.',
    },
    zh: {
      name: '韩正',
      pinyin: 'Hán Zhèng',
      explanation:
        '韩正自2023年3月起任国家副主席，此前曾任国务院第一副总理（2018—2023）和中共中央政治局常委（2017—2022）。作为国家副主席，他代表中国出席礼仪活动并会见包括中亚国家在内的外国领导人。',
    },
    source: {
      note: 'Office: Xinhua brief biography (China Daily, March 2023), SCMP; Foreign Ministry press conference of 27 October 2025 announcing Vice President Han Zheng’s visits to Saudi Arabia and Kuwait. Arabic: هان تشنغ (CAP Arabic), هان تشنج (Resalat Al-Salam).',
      asOf: '2025-10',
    },
  },
  {
    id: 'hu-jintao',
    type: 'person',
    ar: {
      canonical: 'هو جين تاو',
      variants: ['هو جينتاو', 'هو جنتاو'],
    },
    en: {
      name: 'Hu Jintao',
      explanation:
        "Hu Jintao was General Secretary of the Communist Party of China from 2002 to 2012 and President of China from 2003 to 2013, Xi Jinping's predecessor. Under him the Central Asia–China gas pipeline began operating in 2009, a forerunner of today's China–Central Asia energy cooperation.",
    },
    zh: {
      name: '胡锦涛',
      pinyin: 'Hú Jǐntāo',
      explanation:
        '胡锦涛2002年至2012年任中共中央总书记，2003年至2013年任国家主席，是习近平的前任。在其任内，中国—中亚天然气管道于2009年投入运营，成为中国与中亚能源合作的先声。',
    },
    source: {
      note: 'Dates: standard biographies (Xinhua). Arabic: هو جين تاو (Xinhua Arabic via Arabsino), هو جينتاو (Alhayi). No short form: هو is the Arabic pronoun "he". Also هو جنتاو (Misr El Gedida via Masress).',
      asOf: '2026-11',
    },
  },
  {
    id: 'hua-chunying',
    type: 'person',
    ar: {
      canonical: 'هوا تشونينغ',
      variants: ['هوا تشون ينغ', 'هوا تشان يينغ'],
    },
    en: {
      name: 'Hua Chunying',
      explanation:
        "Hua Chunying was one of China's best-known Foreign Ministry spokespersons (from 2012) and director-general of its Information Department (2019–2025). She has been a Vice Minister of Foreign Affairs since May 2024.",
    },
    zh: {
      name: '华春莹',
      pinyin: 'Huá Chūnyíng',
      explanation:
        '华春莹自2012年起担任外交部发言人，2019年至2025年任新闻司司长，是知名度最高的发言人之一。她自2024年5月起任外交部副部长。',
    },
    source: {
      note: 'Office: Xinhua via APP (May 2024), Liberty Times (Jan 2025); a Home and Abroad News Press report of a 24 September 2025 reception in Beijing still calls her vice foreign minister. Arabic: هوا تشونينغ (Chinese embassy in Jordan, Al-Manar), هوا تشان يينغ (WAM via Emirates Voice); هوا تشون ينغ is Xinhua-style, included without a direct hit. No short form (هوا is dialect for "he").',
      asOf: '2025-09',
    },
  },
  {
    id: 'islam-karimov',
    type: 'person',
    ar: {
      canonical: 'إسلام كريموف',
      short: ['كريموف'],
    },
    en: {
      name: 'Islam Karimov',
      explanation:
        "Islam Karimov (1938–2016) led Uzbekistan from the late Soviet period and was its first president after independence in 1991, until his death on 2 September 2016. His successor Shavkat Mirziyoyev opened Uzbekistan's economy and regional diplomacy, which shaped today's China–Central Asia cooperation.",
    },
    zh: {
      name: '卡里莫夫',
      pinyin: 'Kǎlǐmòfū',
      explanation:
        '卡里莫夫（1938—2016）自苏联后期起领导乌兹别克斯坦，1991年独立后任首任总统，2016年9月2日去世。其继任者米尔济约耶夫推动经济开放和地区外交，为今天的中国—中亚合作创造了条件。',
    },
    source: {
      note: 'Dates: Reuters and AFP reports via El Khabar, Al-Yaum, Hespress (Sept 2016). Arabic: إسلام كريموف (all of these). كريموف alone is a common surname, so it is short only.',
      asOf: '2026-11',
    },
  },
  {
    id: 'jeenbek-kulubaev',
    type: 'person',
    ar: {
      canonical: 'جينبيك كولوبييف',
      variants: ['كولوبييف'],
    },
    en: {
      name: 'Jeenbek Kulubaev',
      explanation:
        "Jeenbek Kulubaev is Foreign Minister of Kyrgyzstan and has represented it at the China–Central Asia foreign ministers' meetings that prepare the summits. He hosted Wang Yi for a strategic dialogue in Bishkek in November 2025.",
    },
    zh: {
      name: '库鲁巴耶夫',
      pinyin: 'Kùlǔbāyēfū',
      explanation:
        '库鲁巴耶夫是吉尔吉斯斯坦外交部长，代表该国出席为峰会作准备的中国—中亚外长会晤。2025年11月他在比什凯克同王毅举行战略对话。',
    },
    source: {
      note: "Office: Xinhua (March 2024), 24.kg (Nov 2025; Jan 2026 press conference; Feb 2026 meeting with António Guterres in Geneva). Arabic: جينبيك كولوبييف (Xinhua Arabic via the Belt and Road portal, 2024); Xinhua 2023 wrote كولوبييف زينبك مولدوكانوفيتش (People's Daily Arabic).",
      asOf: '2026-02',
    },
  },
  {
    id: 'kassym-jomart-tokayev',
    type: 'person',
    ar: {
      canonical: 'قاسم جومارت توكاييف',
      variants: ['قاسم جومارت توكايف', 'قاسم توكاييف', 'توكاييف', 'توكايف'],
    },
    en: {
      name: 'Kassym-Jomart Tokayev',
      explanation:
        'Kassym-Jomart Tokayev has been President of Kazakhstan since March 2019, after earlier serving as foreign minister, prime minister and a UN Under-Secretary-General. He hosted the second China–Central Asia Summit in Astana on 17 June 2025 and co-signed the Astana Declaration and the Treaty of Permanent Good-Neighborliness, Friendship and Cooperation. A new constitution he put forward was approved by referendum on 15 March 2026 and took effect on 1 July 2026, replacing the two-chamber parliament with a single-chamber Kurultai and creating the post of vice-president.',
    },
    zh: {
      name: '托卡耶夫',
      pinyin: 'Tuōkǎyēfū',
      explanation:
        '托卡耶夫自2019年3月起任哈萨克斯坦总统，此前曾任外交部长、总理和联合国副秘书长。2025年6月17日，他在阿斯塔纳主办第二届中国—中亚峰会，并与各国元首签署《阿斯塔纳宣言》和永久睦邻友好合作条约。由他提出的新宪法于2026年3月15日经全民公决通过、7月1日生效，以一院制议会取代两院制议会，并设立副总统职位。',
    },
    source: {
      note: 'Office and career: Akorda reports via Astana Times, Al-Majalla profile. New constitution: Astana Times, Orda.kz and Qazinform on the draft (Jan–Feb 2026), TASS and the Central Referendum Commission on the 15 March 2026 result (87.15% in favour), The Times of Central Asia on its entry into force on 1 July 2026. Arabic: قاسم جومارت توكاييف (Xinhua Arabic seed, Al-Madina, Al-Fagr), قاسم جومارت توكايف (Al-Riyadh, Al-Manar, RT Arabic), قاسم توكاييف (Al-Majalla, Al-Jarida). Chinese form per Xinhua.',
      asOf: '2026-07',
    },
  },
  {
    id: 'kokhir-rasulzoda',
    type: 'person',
    ar: {
      canonical: 'قاهر رسول زاده',
      short: ['رسول زاده'],
    },
    en: {
      name: 'Kokhir Rasulzoda',
      explanation:
        'Kokhir Rasulzoda has been Prime Minister of Tajikistan since November 2013, after serving as governor of Sughd region. He represents Tajikistan at heads-of-government meetings with China, such as those of the SCO.',
    },
    zh: {
      name: '拉苏尔佐达',
      pinyin: "Lāsū'ěrzuǒdá",
      explanation:
        '拉苏尔佐达自2013年11月起任塔吉克斯坦总理，此前曾任索格特州州长。他代表塔吉克斯坦出席与中国的政府首脑会议，例如上海合作组织总理会议。',
    },
    source: {
      note: 'Office: BBC Persian (Nov 2013), SCO heads-of-government lists (2023–2024), Avesta.tj (Feb 2025, official visit to Iran as prime minister); no later report found. Arabic spelling (Arabic reading of the Tajik name) not found in an Arabic outlet: unconfirmed.',
      asOf: '2025-02',
    },
  },
  {
    id: 'li-keqiang',
    type: 'person',
    ar: {
      canonical: 'لي كه تشيانغ',
      variants: ['لي كه تشيانج'],
    },
    en: {
      name: 'Li Keqiang',
      explanation:
        "Li Keqiang was Premier of China's State Council from March 2013 to March 2023 and died in October 2023. During his decade in office he led China's government-to-government economic talks with the Central Asian states, so older coverage of Belt and Road projects in the region often quotes him.",
    },
    zh: {
      name: '李克强',
      pinyin: 'Lǐ Kèqiáng',
      explanation:
        '李克强于2013年3月至2023年3月任国务院总理，2023年10月逝世。任内他主持中国与中亚国家的政府间经济合作，因此有关该地区"一带一路"项目的早期报道常引用他的讲话。',
    },
    source: {
      note: "Dates: People's Daily Arabic (March 2013), Dar Al-Maaref (March 2023), Arab Local / WAM relay (October 2023). Arabic: لي كه تشيانغ (Xinhua / People's Daily Arabic, El Watan), لي كه تشيانج (Dar Al-Maaref). Different from Li Qiang (لي تشيانغ): the middle word كه tells them apart.",
      asOf: '2026-11',
    },
  },
  {
    id: 'li-qiang',
    type: 'person',
    ar: {
      canonical: 'لي تشيانغ',
      variants: ['لي تشيانج', 'لي كيانغ'],
    },
    en: {
      name: 'Li Qiang',
      explanation:
        "Li Qiang has been Premier of China's State Council since March 2023 and is the second-ranked member of the Politburo Standing Committee. He meets Central Asian prime ministers, for example Kyrgyzstan's Adylbek Kasymaliev in June 2025, to follow up on the summits' economic agenda.",
    },
    zh: {
      name: '李强',
      pinyin: 'Lǐ Qiáng',
      explanation:
        '李强自2023年3月起任国务院总理，是中共中央政治局常委中排名第二的成员。他经常会见中亚国家总理，例如2025年6月会见吉尔吉斯斯坦总理卡瑟马利耶夫，推动落实峰会的经济合作议程。',
    },
    source: {
      note: 'Office: Dar Al-Maaref, Nile.eg (March 2023), China News Service (June 2025), CCTV release and ECNS on his government work report to the National People’s Congress (5 March 2026). Arabic: لي تشيانغ (Xinhua Arabic, Akhbar Al-Aan, Aden TV), لي تشيانج (Dar Al-Maaref, Nile.eg). No short form: لي is an ordinary Arabic word.',
      asOf: '2026-03',
    },
  },
  {
    id: 'li-xi',
    type: 'person',
    ar: {
      canonical: 'لي شي',
    },
    en: {
      name: 'Li Xi',
      explanation:
        "Li Xi has been a member of the Politburo Standing Committee of the Communist Party of China, ranked seventh, and secretary of its Central Commission for Discipline Inspection, the party's anti-corruption body, since 23 October 2022. He presided over the commission's plenary session in January 2026; his work is domestic rather than diplomatic, but he appears whenever Arabic reports list China's top leadership.",
    },
    zh: {
      name: '李希',
      pinyin: 'Lǐ Xī',
      explanation:
        '李希自2022年10月23日起任中共中央政治局常委（排名第七）、中央纪律检查委员会书记，主管党内反腐败工作。2026年1月他主持二十届中央纪委五次全会；他的职责以国内事务为主而非外交，但阿拉伯语报道列举中国最高领导层时会提到他。',
    },
    source: {
      note: 'Office: Wikipedia (CCDI secretary since 23 Oct 2022, seventh-ranked), Xinhua via Silk Road News Network Arabic (2024); presided over the fifth plenary session of the 20th CCDI, 12–14 Jan 2026 (Xinhua via UDN and Colamg). Arabic: لي شي (Xinhua via Silk Road News Network). Caution: لي شي can also be an ordinary colloquial phrase ("something for me").',
      asOf: '2026-01',
    },
  },
  {
    id: 'lin-jian',
    type: 'person',
    ar: {
      canonical: 'لين جيان',
    },
    en: {
      name: 'Lin Jian',
      explanation:
        "Lin Jian is a spokesperson of China's Foreign Ministry, its 34th, and a deputy director-general of the Information Department. He speaks for the ministry at the daily press briefing, where questions on Central Asia and the China–Central Asia mechanism come up regularly.",
    },
    zh: {
      name: '林剑',
      pinyin: 'Lín Jiàn',
      explanation:
        '林剑是外交部第34任发言人、新闻司副司长。他在例行记者会上代表外交部发言，其中常涉及中亚和中国—中亚机制的问题。',
    },
    source: {
      note: 'Office: Xinhua (Jan 2025 introduction of Guo Jiakun), Youm7 via Xinhua (Jan 2026), Foreign Ministry transcripts of his regular press conferences of 5 January and 6 and 12 February 2026. Arabic: لين جيان (RT Arabic, Aden TV, Youm7). No short form: لين is an ordinary Arabic word.',
      asOf: '2026-02',
    },
  },
  {
    id: 'mao-ning',
    type: 'person',
    ar: {
      canonical: 'ماو نينغ',
      variants: ['ماو نينج'],
      short: ['ماو'],
    },
    en: {
      name: 'Mao Ning',
      explanation:
        "Mao Ning is a spokesperson of China's Foreign Ministry (its 33rd, since September 2022) and has headed the ministry's Information Department since January 2025. She announces and comments on China–Central Asia meetings at the daily press briefing.",
    },
    zh: {
      name: '毛宁',
      pinyin: 'Máo Níng',
      explanation:
        '毛宁是外交部第33任发言人（2022年9月起），2025年1月起任外交部新闻司司长。她在例行记者会上发布和评论中国—中亚相关会议的消息。',
    },
    source: {
      note: "Office: China News Service and Taiwan's Liberty Times (Jan 2025); Foreign Ministry transcript of her regular press conference of 24 February 2026. Arabic: ماو نينغ (RT Arabic, Al-Jarida), ماو نينج (Al-Shorouk, Almkal).",
      asOf: '2026-02',
    },
  },
  {
    id: 'mukhtar-tileuberdi',
    type: 'person',
    ar: {
      canonical: 'مختار تليوبردي',
      variants: ['مختار تليوبيردي', 'مختار تلوبيردي', 'مختار تيلوباردي', 'تليوبردي', 'تلوبيردي', 'تيلوبردي'],
    },
    en: {
      name: 'Mukhtar Tileuberdi',
      explanation:
        "Mukhtar Tileuberdi was Kazakhstan's foreign minister from 2019 to April 2023 and, by January 2022, also a Deputy Prime Minister; that month Wang Yi phoned him to offer China's support during the unrest in the country. He was in office when the China–Central Asia foreign ministers' meetings began in 2020, and Murat Nurtleu replaced him on 3 April 2023, shortly before the first China–Central Asia Summit in Xi'an.",
    },
    zh: {
      name: '特列乌别尔季',
      pinyin: "Tèlièwūbié'ěrjì",
      explanation:
        '特列乌别尔季2019年至2023年4月任哈萨克斯坦外交部长，至迟自2022年1月起兼任副总理；当月哈萨克斯坦发生骚乱，王毅同他通电话表示中方支持。中国—中亚外长会晤2020年启动时他正担任外长，2023年4月3日由努尔特列乌接任，不久后首届中国—中亚峰会在西安举行。',
    },
    source: {
      note: "Dates: RBC (April 2023: Nurtleu appointed, Tileuberdi minister since 2019) and Kursiv (Nurtleu appointed 3 April 2023); his posts after that were not checked. Wang Yi's call: Xinhua via People's Daily Arabic (10 Jan 2022). Arabic: مختار تليوبردي and تليوبردي (Xinhua via People's Daily Arabic, Jan 2022), مختار تليوبيردي (same, Dec 2019), مختار تلوبيردي and تلوبيردي (Al-Alam), مختار تيلوباردي and تيلوبردي (IRIB Arabic Radio). The surname forms point to him alone.",
      asOf: '2023-04',
    },
  },
  {
    id: 'murat-nurtleu',
    type: 'person',
    ar: {
      canonical: 'مراد نورتلو',
      variants: ['نورتلو'],
    },
    en: {
      name: 'Murat Nurtleu',
      explanation:
        'Murat Nurtleu was Deputy Prime Minister and Foreign Minister of Kazakhstan from April 2023 to 26 September 2025, covering both China–Central Asia summits. He was then made Assistant to the President for international investment and trade cooperation.',
    },
    zh: {
      name: '努尔特列乌',
      pinyin: "Nǔ'ěrtèlièwū",
      explanation:
        '努尔特列乌2023年4月至2025年9月26日任哈萨克斯坦副总理兼外交部长，经历了两届中国—中亚峰会。此后他改任总统国际投资和贸易合作助理。',
    },
    source: {
      note: "Dates: RTVI, 24.kg, Orda.kz (Sept 2025). Arabic: مراد نورتلو (Xinhua via People's Daily Arabic 2023 and the Belt and Road portal 2024). Chinese form per Xinhua.",
      asOf: '2025-09',
    },
  },
  {
    id: 'nurlan-yermekbayev',
    type: 'person',
    ar: {
      canonical: 'نورلان يرميكباييف',
      variants: ['يرميكباييف'],
    },
    en: {
      name: 'Nurlan Yermekbayev',
      explanation:
        'Nurlan Yermekbayev of Kazakhstan has been Secretary-General of the Shanghai Cooperation Organisation since 1 January 2025, for the 2025–2027 term. A former Kazakh defence minister and Security Council secretary who speaks Chinese, he heads the SCO secretariat in Beijing.',
    },
    zh: {
      name: '叶尔梅克巴耶夫',
      pinyin: "Yè'ěrméikèbāyēfū",
      explanation:
        '哈萨克斯坦人叶尔梅克巴耶夫自2025年1月1日起任上海合作组织秘书长，任期至2027年。他曾任哈萨克斯坦国防部长和安全会议秘书，会说汉语，负责设在北京的上合组织秘书处。',
    },
    source: {
      note: 'Office: Astana Times, Trend, Kazakhstan Today (2024–2025), Sputnik Chinese (Feb 2026). Arabic: نورلان يرميكباييف (Sputnik Arabic, Jan 2025).',
      asOf: '2026-02',
    },
  },
  {
    id: 'nursultan-nazarbayev',
    type: 'person',
    ar: {
      canonical: 'نور سلطان نزارباييف',
      variants: [
        'نورسلطان نزارباييف',
        'نور سلطان نازاربايف',
        'نور سلطان نزاربايف',
        'نور سلطان نزاربييف',
        'نزارباييف',
        'نازاربايف',
        'نزاربايف',
        'نزرباييف',
        'نزاربييف',
      ],
    },
    en: {
      name: 'Nursultan Nazarbayev',
      explanation:
        "Nursultan Nazarbayev was Kazakhstan's first president, leading the country from 1990 (Soviet era) and from independence in 1991 until his resignation in March 2019. Xi Jinping first proposed the Silk Road Economic Belt during a 2013 visit to Kazakhstan under his presidency; the capital was named Nur-Sultan after him from 2019 to 2022.",
    },
    zh: {
      name: '纳扎尔巴耶夫',
      pinyin: "Nàzhā'ěrbāyēfū",
      explanation:
        '纳扎尔巴耶夫是哈萨克斯坦首任总统，自1990年起执政，1991年独立后继续任职，直至2019年3月辞职。2013年习近平正是在访问哈萨克斯坦时首次提出共建“丝绸之路经济带”；2019年至2022年首都曾以他的名字命名为“努尔苏丹”。',
    },
    source: {
      note: 'Dates: Al-Madina, Laamedia, Al-Fagr reports of March 2019. Arabic: نور سلطان نزارباييف (Al-Madina, Al-Riyadh, Al-Majalla), نور سلطان نازاربايف (Al-Shaab via Masress), نور سلطان نزاربايف and نزرباييف (Laamedia), نور سلطان نزاربييف (AFP via Elaph, Al-Mesryoon). Chinese form per Chinese embassy texts.',
      asOf: '2026-11',
    },
  },
  {
    id: 'olzhas-bektenov',
    type: 'person',
    ar: {
      canonical: 'أولجاس بيكتينوف',
      variants: ['بيكتينوف'],
    },
    en: {
      name: 'Olzhas Bektenov',
      explanation:
        "Olzhas Bektenov was appointed Prime Minister of Kazakhstan on 6 February 2024, after heading the presidential administration and the anti-corruption agency. The prime minister leads the government side of Kazakhstan's economic cooperation with China, including projects agreed around the summits. Under the constitution in force since 1 July 2026, a prime minister is appointed with the consent of the new single-chamber parliament, the Kurultai.",
    },
    zh: {
      name: '别克捷诺夫',
      pinyin: 'Biékèjiénuòfū',
      explanation:
        '别克捷诺夫于2024年2月6日出任哈萨克斯坦总理，此前曾任总统办公厅主任和反腐败署署长。总理主持政府层面与中国的经济合作，包括围绕峰会商定的项目。根据2026年7月1日生效的新宪法，总理须经新设的一院制议会同意后方可任命。',
    },
    source: {
      note: "Office: Astana Times, DAZ (Feb 2024); Trend (Feb 2025, talks with Kyrgyzstan's Adylbek Kasymaliev). Constitution: Diplomatic Affairs and AJP (Feb 2026) on the Kurultai's consent for the prime minister; The Times of Central Asia (1 July 2026) on its entry into force and the Kurultai election set for 23 August 2026. Who heads the government formed after that election could not be confirmed in the sources available (none later than July 2026), so the text no longer says he is in office today. Arabic spelling not found in any outlet (unconfirmed); Chinese form per usual Xinhua transcription, not re-checked.",
      asOf: '2026-07',
    },
  },
  {
    id: 'peng-liyuan',
    type: 'person',
    ar: {
      canonical: 'بنغ لي يوان',
      variants: ['بنج لي يوان', 'بنغ ليوان', 'بينج ليوان'],
      short: ['بنغ'],
    },
    en: {
      name: 'Peng Liyuan',
      explanation:
        'Peng Liyuan is the wife of President Xi Jinping and a well-known former folk and opera singer. She is a WHO Goodwill Ambassador for tuberculosis and HIV/AIDS and often joins Xi in receiving foreign leaders and their spouses at summits held in China.',
    },
    zh: {
      name: '彭丽媛',
      pinyin: 'Péng Lìyuán',
      explanation:
        '彭丽媛是习近平主席的夫人，曾是著名的民族声乐歌唱家。她担任世界卫生组织结核病和艾滋病防治亲善大使，并经常陪同习近平在中国主办的峰会上接待外国领导人及其配偶。',
    },
    source: {
      note: 'Background: Al-Sabah via Masress, Nawaret, CCTV+ release. Arabic: بنغ لي يوان (Al-Sabah, Nawaret), بنج لي يوان (Egyptian news blog), بنغ ليوان (Slaati), بينج ليوان (CCTV+ via PR Newswire). بنج is not a short form: it is the Arabic word for anaesthetic.',
      asOf: '2025-06',
    },
  },
  {
    id: 'qin-gang',
    type: 'person',
    ar: {
      canonical: 'تشين قانغ',
      variants: ['تشين جانج'],
      short: ['تشين'],
    },
    en: {
      name: 'Qin Gang',
      explanation:
        "Qin Gang was China's Foreign Minister from December 2022 to July 2023. In April 2023 he chaired the fourth China–Central Asia foreign ministers' meeting in Xi'an, which fixed the date of the first summit; he was removed from the post after an unexplained absence.",
    },
    zh: {
      name: '秦刚',
      pinyin: 'Qín Gāng',
      explanation:
        '秦刚2022年12月至2023年7月任外交部长。2023年4月，他在西安主持第四次中国—中亚外长会晤，商定召开首届峰会；此后他在长期未公开露面后被免去外长职务。',
    },
    source: {
      note: "Dates: Xinhua via People's Daily Arabic (April 2023), Al-Qahera News (July 2023). Arabic: تشين قانغ (People's Daily Arabic), تشين جانج (Al-Qahera News).",
      asOf: '2026-11',
    },
  },
  {
    id: 'rashid-meredov',
    type: 'person',
    ar: {
      canonical: 'رشيد ميريدوف',
      variants: ['ميريدوف'],
    },
    en: {
      name: 'Rashid Meredov',
      explanation:
        "Rashid Meredov is Deputy Chairman of the Cabinet of Ministers and Foreign Minister of Turkmenistan, a post he has held since 2001. He represents Turkmenistan at the China–Central Asia foreign ministers' meetings and in energy talks with China.",
    },
    zh: {
      name: '梅列多夫',
      pinyin: 'Méilièduōfū',
      explanation:
        '梅列多夫是土库曼斯坦内阁副主席兼外交部长，自2001年起担任外长。他代表土库曼斯坦出席中国—中亚外长会晤并参与对华能源合作磋商。',
    },
    source: {
      note: 'Office: Xinhua (March 2024), China.com German (2022); Turkmen state news agency TDH (Dec 2024, as deputy chairman of the cabinet and foreign minister), TASS (Aug 2025) and Atavatan Turkmenistan (Jan 2026, as foreign minister). Arabic: رشيد ميريدوف (Xinhua Arabic via the Belt and Road portal, Al-Dostor/RT).',
      asOf: '2026-01',
    },
  },
  {
    id: 'sadyr-japarov',
    type: 'person',
    ar: {
      canonical: 'صدير جاباروف',
      variants: ['صادر جاباروف', 'سادير جباروف', 'صادر زاباروف', 'صادير جاباروف', 'صدر جباروف', 'جاباروف'],
      short: ['جباروف'],
    },
    en: {
      name: 'Sadyr Japarov',
      explanation:
        "Sadyr Japarov has been President of Kyrgyzstan since January 2021, having come to power after the October 2020 unrest. He attended both China–Central Asia summits (Xi'an 2023, Astana 2025); during the 2023 summit China and Kyrgyzstan upgraded ties to a comprehensive strategic partnership for a new era. In February 2026 the Constitutional Court confirmed that his six-year term runs until the next presidential election, set for 24 January 2027.",
    },
    zh: {
      name: '扎帕罗夫',
      pinyin: 'Zhāpàluófū',
      explanation:
        '扎帕罗夫自2021年1月起任吉尔吉斯斯坦总统，在2020年10月政治动荡后上台。他出席了2023年西安和2025年阿斯塔纳两届中国—中亚峰会；2023年峰会期间，中吉关系提升为新时代全面战略伙伴关系。2026年2月，吉宪法法院确认其六年任期持续至2027年1月24日举行的下届总统选举。',
    },
    source: {
      note: "Office: Wikipedia-derived bios, Xinhua; election date: Reuters via Anews (April 2025, law moving the vote to 24 January 2027) and Report.az citing the Constitutional Court (Feb 2026). Arabic: صدير جاباروف (Xinhua/People's Daily Arabic 2023, seed), صادر جاباروف (Iraq Khair), سادير جباروف (Dar al-Hilal, Reuters via Emirates71), صادر زاباروف (Al-Shorouk/DPA). The bare جباروف is short only: it is also the spelling of other people named Jabbarov.",
      asOf: '2026-02',
    },
  },
  {
    id: 'serdar-berdimuhamedov',
    type: 'person',
    ar: {
      canonical: 'سردار بردي محمدوف',
      variants: ['سيردار بيردي محمدوف'],
      short: ['بردي محمدوف', 'بيردي محمدوف', 'بيرديمحمدوف'],
    },
    en: {
      name: 'Serdar Berdimuhamedov',
      explanation:
        'Serdar Berdimuhamedov has been President of Turkmenistan since March 2022, succeeding his father Gurbanguly. He attended both China–Central Asia summits; Turkmenistan supplies most of the gas that reaches China through the Central Asia–China pipeline.',
    },
    zh: {
      name: '谢尔达尔·别尔德穆哈梅多夫',
      pinyin: "Xiè'ěrdá'ěr Bié'ěrdémùhāméiduōfū",
      explanation:
        '谢尔达尔·别尔德穆哈梅多夫自2022年3月起任土库曼斯坦总统，接替其父古尔班古力。他出席了两届中国—中亚峰会；经中国—中亚天然气管道输往中国的天然气大部分来自土库曼斯坦。',
    },
    source: {
      note: 'Office: Elnashra, Sputnik Arabic (Reuters), Treccani. Arabic: سردار بردي محمدوف (Xinhua Arabic seed, Elnashra, Sputnik Arabic, Youm7), سيردار بيردي محمدوف (Kitabat). The surname is shared with his father: it is in short for both.',
      asOf: '2025-06',
    },
  },
  {
    id: 'shavkat-mirziyoyev',
    type: 'person',
    ar: {
      canonical: 'شوكت ميرضيايف',
      variants: [
        'شوكت ميرضيائيف',
        'شوكت ميرزيوييف',
        'شوكت ميرزوييف',
        'شافكات ميرزيوييف',
        'ميرضيايف',
        'ميرضيائيف',
        'ميرزيوييف',
        'ميرزوييف',
      ],
    },
    en: {
      name: 'Shavkat Mirziyoyev',
      explanation:
        'Shavkat Mirziyoyev has been President of Uzbekistan since 2016, after 13 years as prime minister under Islam Karimov; he was re-elected in 2021 and in an early election in 2023. He attended both China–Central Asia summits, and Uzbekistan is a partner in the China–Kyrgyzstan–Uzbekistan railway.',
    },
    zh: {
      name: '米尔济约耶夫',
      pinyin: "Mǐ'ěrjìyuēyēfū",
      explanation:
        '米尔济约耶夫自2016年起任乌兹别克斯坦总统，此前在卡里莫夫时期任总理13年，2021年连任，2023年提前选举中再次当选。他出席了两届中国—中亚峰会，乌兹别克斯坦是中吉乌铁路的参与方之一。',
    },
    source: {
      note: 'Office: Lights-Syr profile, gazeta.uz, Xinhua. Arabic: شوكت ميرضيايف (Xinhua Arabic seed, Lights-Syr), شوكت ميرضيائيف (Al-Fagr, Lights-Syr), شوكت ميرزيوييف (Xinhua Arabic via Alharir, 2023), شوكت ميرزوييف (AFP via Akhbar Al-Aan, Al-Watan Bahrain).',
      asOf: '2025-06',
    },
  },
  {
    id: 'sirojiddin-muhriddin',
    type: 'person',
    ar: {
      canonical: 'سراج الدين مهر الدين',
      variants: ['سراج الدين محيي الدين'],
      short: ['مهر الدين', 'محيي الدين'],
    },
    en: {
      name: 'Sirojiddin Muhriddin',
      explanation:
        "Sirojiddin Muhriddin has been Foreign Minister of Tajikistan since 2013. He takes part in the China–Central Asia foreign ministers' meetings and hosted Wang Yi in Dushanbe in November 2025.",
    },
    zh: {
      name: '穆赫里丁',
      pinyin: 'Mùhèlǐdīng',
      explanation: '穆赫里丁自2013年起任塔吉克斯坦外交部长。他参加中国—中亚外长会晤，并于2025年11月在杜尚别接待王毅。',
    },
    source: {
      note: "Office: Xinhua (March 2024), 24.kg (Nov 2025). Arabic: سراج الدين مهر الدين (Xinhua Arabic via the Belt and Road portal, 2024), سراج الدين محيي الدين (Xinhua via People's Daily Arabic, 2023).",
      asOf: '2025-11',
    },
  },
  {
    id: 'sooronbay-jeenbekov',
    type: 'person',
    ar: {
      canonical: 'سورونباي جينبيكوف',
      variants: ['سورونباي جينيبكوف', 'جينبيكوف'],
    },
    en: {
      name: 'Sooronbay Jeenbekov',
      explanation:
        'Sooronbay Jeenbekov was President of Kyrgyzstan from 2017 until he resigned on 15 October 2020 amid protests after a disputed parliamentary election. His resignation opened the way for Sadyr Japarov, who now represents Kyrgyzstan at the China–Central Asia summits.',
    },
    zh: {
      name: '热恩别科夫',
      pinyin: "Rè'ēnbiékēfū",
      explanation:
        '热恩别科夫2017年至2020年任吉尔吉斯斯坦总统，2020年10月15日因议会选举争议引发抗议而辞职。他的辞职使扎帕罗夫得以上台，后者如今代表吉尔吉斯斯坦出席中国—中亚峰会。',
    },
    source: {
      note: 'Dates: Al-Shorouk (DPA), Zaman Arabic, Emirates71 (Reuters), Oct 2020. Arabic: سورونباي جينبيكوف (same outlets, Iraq Khair), سورونباي جينيبكوف (Al-Araby Al-Jadeed). Chinese form per Xinhua usage (not re-checked in this session).',
      asOf: '2026-11',
    },
  },
  {
    id: 'vladimir-putin',
    type: 'person',
    ar: {
      canonical: 'فلاديمير بوتين',
      variants: ['فلاديمير بوتن', 'بوتين'],
    },
    en: {
      name: 'Vladimir Putin',
      explanation:
        'Vladimir Putin is the President of Russia, in office since 2012 and earlier from 2000 to 2008. He is not part of the China–Central Asia format, but he meets the same Central Asian leaders in Russia–Central Asia summits and at the SCO, so Arabic coverage of the region often names him beside them.',
    },
    zh: {
      name: '普京',
      pinyin: 'Pǔjīng',
      explanation:
        '普京是俄罗斯总统，2012年起连任，此前曾于2000年至2008年任总统。他不属于中国—中亚机制，但常在俄罗斯—中亚峰会和上合组织会议上与中亚国家领导人会面，因此有关该地区的阿拉伯语报道常同时提到他。',
    },
    source: {
      note: 'Office dates: standard biography. Arabic: فلاديمير بوتين / بوتين, as written by Sputnik Arabic, RT Arabic and the pages of the development set (Russia–Central Asia summit coverage).',
      asOf: '2026-11',
    },
  },
  {
    id: 'wang-huning',
    type: 'person',
    ar: {
      canonical: 'وانغ هو نينغ',
      variants: ['وانغ هونينغ', 'وانج هونينج'],
      short: ['وانغ', 'وانج'],
    },
    en: {
      name: 'Wang Huning',
      explanation:
        "Wang Huning is a member of the Politburo Standing Committee and has chaired the National Committee of the Chinese People's Political Consultative Conference since March 2023. He is a leading ideologist of the party and receives foreign delegations, including from Central Asia.",
    },
    zh: {
      name: '王沪宁',
      pinyin: 'Wáng Hùníng',
      explanation:
        '王沪宁是中共中央政治局常委，自2023年3月起任全国政协主席。他是党的重要理论家，也会见包括中亚国家在内的外国代表团。',
    },
    source: {
      note: 'Office: Xinhua via Aden TV; ECNS (March 2026, as top political adviser at the NPC session). Arabic: وانغ هو نينغ (Xinhua via Aden TV), وانغ هونينغ (VOI Arabic), وانج هونينج (Sada El Balad).',
      asOf: '2026-03',
    },
  },
  {
    id: 'wang-wenbin',
    type: 'person',
    ar: {
      canonical: 'وانغ ون بين',
      variants: ['وانغ ونبين', 'وانغ وينبين'],
      short: ['وانغ'],
    },
    en: {
      name: 'Wang Wenbin',
      explanation:
        "Wang Wenbin was a spokesperson of China's Foreign Ministry from July 2020 to May 2024 and briefed the press on the first China–Central Asia Summit in 2023. Since mid-2024 he has been China's ambassador to Cambodia.",
    },
    zh: {
      name: '汪文斌',
      pinyin: 'Wāng Wénbīn',
      explanation:
        '汪文斌2020年7月至2024年5月任外交部发言人，2023年曾在记者会上介绍首届中国—中亚峰会的安排。2024年年中起他出任中国驻柬埔寨大使。',
    },
    source: {
      note: "Dates: Oriental Daily (July 2024), China News reports (June 2024). Arabic: وانغ ون بين (Xinhua via People's Daily Arabic, Al-Roeya), وانغ ونبين (Roya News), وانغ وينبين (Arab Rail News).",
      asOf: '2024-07',
    },
  },
  {
    id: 'wang-yi',
    type: 'person',
    ar: {
      canonical: 'وانغ يي',
      variants: ['وانج يي'],
      short: ['وانغ', 'وانج'],
    },
    en: {
      name: 'Wang Yi',
      explanation:
        "Wang Yi is a member of the Politburo of the Communist Party of China, director of the Office of the Central Foreign Affairs Commission and Foreign Minister (2013–2022 and again since July 2023). He leads China at the China–Central Asia foreign ministers' meetings that prepare the summits and sent the congratulatory letter at the launch of the China–Central Asia Secretariat in 2024.",
    },
    zh: {
      name: '王毅',
      pinyin: 'Wáng Yì',
      explanation:
        '王毅是中共中央政治局委员、中央外事工作委员会办公室主任，曾于2013年至2022年任外交部长，2023年7月起再次出任。他代表中方出席为峰会作准备的中国—中亚外长会晤，并在2024年中国—中亚机制秘书处启动时致贺信。',
    },
    source: {
      note: 'Office: Xinhua (March 2024 secretariat launch; Nov 2025 Central Asia tour via 24.kg, TRT World); Foreign Ministry press conference transcripts of October 2025 (Kazakh foreign minister’s visit at his invitation) and 6 February 2026 (as foreign minister, meeting Cuba’s foreign minister). Arabic: وانغ يي (Xinhua Arabic, Emirates Voice), وانج يي (Al-Qahera News).',
      asOf: '2026-02',
    },
  },
  {
    id: 'wu-yingqin',
    type: 'person',
    ar: {
      canonical: 'وو ينغ تشين',
    },
    en: {
      name: 'Wu Yingqin',
      explanation:
        "Wu Yingqin is a Chinese diplomat who was Executive Director of the China–Central Asia Secretariat in Xi'an when it was launched on 30 March 2024. The secretariat, agreed at the 2023 Xi'an summit, prepares summits and follows up their outcomes; since 2025 it has been led by Secretary-General Sun Weidong, a former vice foreign minister.",
    },
    zh: {
      name: '吴颖钦',
      pinyin: 'Wú Yǐngqīn',
      explanation:
        '吴颖钦是中国外交官，2024年3月30日中国—中亚机制秘书处在西安启动时任执行主任。该秘书处根据2023年西安峰会共识设立，负责筹备峰会和落实成果，2025年起由曾任外交部副部长的孙卫东担任秘书长。',
    },
    source: {
      note: "Office at the launch: Xinhua (Chinese and English), CGTN, Kazakh MFA (30 March 2024). Secretariat leadership: People's Daily English (22 July 2025), Khovar (6 Nov 2025) and UzDaily via Centrasia (26 Jan 2026) name Sun Weidong as secretary-general. No 2025–2026 source naming Wu Yingqin's present post was found, so none is stated. Arabic spelling not found in an outlet (unconfirmed; Xinhua Arabic omitted his name).",
      asOf: '2026-01',
    },
  },
  {
    id: 'xi-jinping',
    type: 'person',
    ar: {
      canonical: 'شي جين بينغ',
      variants: ['شي جين بينج', 'شي جينبينغ', 'شي جينبينج', 'تشي جين بينغ', 'تشي جين بينج'],
      short: ['شي'],
    },
    en: {
      name: 'Xi Jinping',
      explanation:
        "Xi Jinping is General Secretary of the Communist Party of China (since 2012) and President of the People's Republic of China (since 2013). He chaired the first China–Central Asia Summit in Xi'an in May 2023 and gave the keynote speech at the second summit in Astana in June 2025, where he set out the 'China–Central Asia Spirit'.",
    },
    zh: {
      name: '习近平',
      pinyin: 'Xí Jìnpíng',
      explanation:
        '习近平是中共中央总书记（2012年起）、中华人民共和国主席（2013年起）。他在2023年5月主持西安首届中国—中亚峰会，并在2025年6月阿斯塔纳第二届峰会上发表主旨讲话，提出“中国—中亚精神”。',
    },
    source: {
      note: 'Offices: Xinhua and other official Chinese sources; CCTV release on the opening of the NPC session (5 March 2026), naming him President and General Secretary. Arabic: شي جين بينغ (Xinhua Arabic seed), شي جين بينج (Al-Shorouk, Sada El Balad), شي جينبينغ (Al-Jarida/AFP), شي جينبينج (Sada El Balad), تشي جين بينغ and تشي جين بينج (Al-Yaum, 2015, in the SaudiNewsNet corpus). The bare تشي is not a short form.',
      asOf: '2026-03',
    },
  },
  {
    id: 'yermek-kosherbayev',
    type: 'person',
    ar: {
      canonical: 'يرميك كوشيرباييف',
      variants: ['كوشيرباييف'],
    },
    en: {
      name: 'Yermek Kosherbayev',
      explanation:
        'Yermek Kosherbayev has been Foreign Minister of Kazakhstan since 26 September 2025, replacing Murat Nurtleu; before that he was a Deputy Prime Minister from February 2025 and governor (akim) of East Kazakhstan region from June 2023. A career diplomat who was earlier a deputy foreign minister and ambassador to Russia (2020–2023), he held talks with Wang Yi in Beijing on 28 October 2025.',
    },
    zh: {
      name: '科舍尔巴耶夫',
      pinyin: "Kēshě'ěrbāyēfū",
      explanation:
        '科舍尔巴耶夫自2025年9月26日起任哈萨克斯坦外交部长，接替努尔特列乌；此前他自2025年2月起任副总理，2023年6月起任东哈萨克斯坦州州长。他是职业外交官，曾任外交部副部长和驻俄罗斯大使（2020—2023），2025年10月28日在北京同王毅会谈。',
    },
    source: {
      note: "Appointment and earlier posts: Akorda decree via RTVI (26 Sept 2025), Kommersant and Sputnik Uzbekistan (Sept 2025; akim 6 June 2023 to 14 Feb 2025, then Deputy Prime Minister), Zakon.kz (29 Sept 2025) and Orda.kz/Exussr (Sept–Oct 2025) for his earlier foreign-ministry posts. Beijing talks: Xinhua via People's Daily English and Qazinform (28 Oct 2025). Still foreign minister in the latest reports found: Lavrov talks in Moscow (Oct 2025), OSCE ministerial (Dec 2025) and his visit to Ankara (kt.kz, 2 Feb 2026); no later change was found. Arabic spelling not found in any outlet: built on the Sputnik Arabic pattern (يرميكباييف) and marked unconfirmed.",
      asOf: '2026-02',
    },
  },
  {
    id: 'zhang-dejiang',
    type: 'person',
    ar: {
      canonical: 'تشانغ ده جيانغ',
    },
    en: {
      name: 'Zhang Dejiang',
      explanation:
        "Zhang Dejiang was Chairman of the Standing Committee of China's National People's Congress, the top legislature, from March 2013 to March 2018, and a member of the Politburo Standing Committee from 2012 to 2017. In that role he received Central Asian party and parliamentary visitors, for example a delegation of Kazakhstan's ruling Nur Otan party in September 2015, when he offered closer contacts between the NPC and Kazakhstan's parliament.",
    },
    zh: {
      name: '张德江',
      pinyin: 'Zhāng Déjiāng',
      explanation:
        '张德江2013年3月至2018年3月任全国人大常委会委员长，2012年至2017年任中共中央政治局常委。任内他会见中亚国家政党和议会代表团，例如2015年9月会见哈萨克斯坦执政党“祖国之光”党代表团，表示全国人大愿同哈萨克斯坦议会加强联系。',
    },
    source: {
      note: "Dates: Shanghai Daily and China.org.cn (14 March 2013, elected chairman), French Wikipedia (2013–2018, succeeded by Li Zhanshu; Standing Committee 2012–2017). Nur Otan meeting: Xinhua Arabic (17 Sept 2015). Arabic: تشانغ ده جيانغ (Xinhua Arabic, 2015; Xinhua via People's Daily Arabic, March 2017). No short form: تشانغ begins many Chinese names.",
      asOf: '2018-03',
    },
  },
  {
    id: 'zhang-ming',
    type: 'person',
    ar: {
      canonical: 'تشانغ مينغ',
    },
    en: {
      name: 'Zhang Ming',
      explanation:
        'Zhang Ming, a Chinese diplomat and former vice foreign minister, was Secretary-General of the Shanghai Cooperation Organisation from 2022 to 2024. He handed over to Nurlan Yermekbayev of Kazakhstan at the end of 2024.',
    },
    zh: {
      name: '张明',
      pinyin: 'Zhāng Míng',
      explanation:
        '张明是中国外交官，曾任外交部副部长，2022年至2024年任上海合作组织秘书长。2024年底他将职务移交给哈萨克斯坦的叶尔梅克巴耶夫。',
    },
    source: {
      note: 'Dates: Xinhua Russian (Jan 2022), Kazakhstan Today (Dec 2024). Arabic spelling is the standard Xinhua transcription, not directly seen for him (unconfirmed).',
      asOf: '2026-11',
    },
  },
  {
    id: 'zhang-qian',
    type: 'person',
    ar: { canonical: 'تشانغ تشيان' },
    en: {
      name: 'Zhang Qian',
      explanation:
        "A Han-dynasty envoy (died 114 BC) whom Emperor Wu sent west in about 138 BC to seek allies against the Xiongnu. He was held captive for years, reached the lands of today's Central Asia, and on a second mission from 119 BC opened regular contacts with the Western Regions, the start of the routes later called the Silk Road. Chinese leaders cite him when speaking of China–Central Asia ties.",
    },
    zh: {
      name: '张骞',
      pinyin: 'Zhāng Qiān',
      explanation:
        '西汉外交家（卒于公元前114年）。约公元前138年奉汉武帝之命西行，寻求联合抗击匈奴，途中被扣留多年，抵达今中亚一带；公元前119年再次出使，打通了同西域的往来，开启了后来被称为丝绸之路的通道。中国领导人谈及中国同中亚关系时常提到他。',
    },
    source: {
      note: 'Dates and missions: Chinese and English reference pages on Zhang Qian (first mission 139/138 BC, second from 119 BC, died 114 BC). Arabic: تشانغ تشيان (Silk Road News Network, the Belt and Road portal in Arabic, Al-Methaq), تشانج تشيان (Dar Al Maaref).',
      asOf: '2026-12',
    },
  },
  {
    id: 'zhao-leji',
    type: 'person',
    ar: {
      canonical: 'تشاو له جي',
      variants: ['تشاو ليجي'],
      short: ['تشاو'],
    },
    en: {
      name: 'Zhao Leji',
      explanation:
        "Zhao Leji has been Chairman of the Standing Committee of China's National People's Congress, the top legislator, since March 2023, and is third in the party hierarchy. He leads exchanges between legislatures, one of the areas in which Xi Jinping promised closer cooperation with Central Asia at the 2025 summit.",
    },
    zh: {
      name: '赵乐际',
      pinyin: 'Zhào Lèjì',
      explanation:
        '赵乐际自2023年3月起任全国人大常委会委员长，在中共领导层中排名第三。他负责立法机构之间的交往，习近平在2025年峰会上承诺在这一领域加强同中亚国家的合作。',
    },
    source: {
      note: 'Office: Xinhua via Shfa (Dec 2025); Xinhua via People’s Daily and ECNS (4–5 March 2026, chairing the preparatory meeting of the NPC session as Standing Committee chairman). Arabic: تشاو له جي (Xinhua via Shfa), تشاو ليجي (Sada El Balad, VOI Arabic, Aden TV).',
      asOf: '2026-03',
    },
  },
];
