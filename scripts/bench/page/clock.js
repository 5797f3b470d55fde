// A live page: a 1 Hz clock that rewrites one short Arabic text node, as news pages do with
// "updated N seconds ago".
(() => {
  const clock = document.getElementById('clock').firstChild;
  let seconds = 0;
  setInterval(() => {
    seconds++;
    clock.data = `آخر تحديث منذ ${seconds} ثانية`;
  }, 1000);
})();
