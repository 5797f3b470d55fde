// The page's own baselines, run after load in separate tasks (the bench finds each in the trace
// or the profile by this file's address and the function names):
//   benchFloor: walk every text node of <body> and touch its text (the floor);
//   benchLimit: the same walk plus one linear pass over the text that a reader of names cannot do
//     with less: each UTF-16 unit folded through a lookup table, words split at non-letters, one
//     Map lookup per word (the word's rolling hash, so no per-word string is made).
// The word list comes from words.js (self.BENCH_WORDS, the glossary's folded name words).
(() => {
  const FOLD = new Uint16Array(65536);
  // Letters and digits stand for themselves; everything else splits words (0).
  for (let c = 0x30; c <= 0x39; c++) FOLD[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 32;
  for (let c = 0x61; c <= 0x7a; c++) FOLD[c] = c;
  for (let c = 0x0621; c <= 0x064a; c++) FOLD[c] = c;
  for (let c = 0x0660; c <= 0x0669; c++) FOLD[c] = c - 0x0660 + 0x30;
  for (let c = 0x0671; c <= 0x06d3; c++) FOLD[c] = c;
  // Marks that vanish inside a word (diacritics, tatweel, joiners): 1 = skip, keep the word going.
  const SKIP = 1;
  for (let c = 0x064b; c <= 0x065f; c++) FOLD[c] = SKIP;
  for (let c = 0x0610; c <= 0x061a; c++) FOLD[c] = SKIP;
  FOLD[0x0670] = SKIP;
  FOLD[0x0640] = SKIP;
  FOLD[0x200c] = SKIP;
  FOLD[0x200d] = SKIP;
  // The letter variants Rafiq folds together.
  for (const c of [0x0622, 0x0623, 0x0625, 0x0671]) FOLD[c] = 0x0627;
  FOLD[0x0649] = 0x064a;
  FOLD[0x0629] = 0x0647;
  FOLD[0x06cc] = 0x064a;
  FOLD[0x06a9] = 0x0643;

  const hashWord = (word) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) {
      const c = FOLD[word.charCodeAt(i)];
      if (c > SKIP) h = Math.imul(h ^ c, 0x01000193);
    }
    return h >>> 0;
  };
  const words = new Map();
  for (const w of self.BENCH_WORDS ?? []) words.set(hashWord(w), w);

  // Each also leaves a User Timing measure, so a profile can find its task even when it is
  // shorter than the sampling interval.
  function benchFloor() {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
    self.benchFloorChars = chars;
    performance.measure('bench:floor', { start: t0 });
  }

  function benchLimit() {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let hits = 0;
    let wordsSeen = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.data;
      let h = 0x811c9dc5;
      let inWord = false;
      for (let i = 0; i < text.length; i++) {
        const c = FOLD[text.charCodeAt(i)];
        if (c > SKIP) {
          h = Math.imul(h ^ c, 0x01000193);
          inWord = true;
        } else if (c === 0 && inWord) {
          wordsSeen++;
          if (words.has(h >>> 0)) hits++;
          h = 0x811c9dc5;
          inWord = false;
        }
      }
      if (inWord) {
        wordsSeen++;
        if (words.has(h >>> 0)) hits++;
      }
    }
    self.benchLimitResult = { hits, words: wordsSeen };
    performance.measure('bench:limit', { start: t0 });
  }

  // Well after load, each in its own task, so neither shares a task with the page's parsing.
  addEventListener('load', () => {
    setTimeout(benchFloor, 1500);
    setTimeout(benchLimit, 1800);
  });
})();
