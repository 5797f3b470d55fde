// The page's own animation: every frame, one small element outside the article changes class
// (its colour), the smallest style change a page makes all the time. The bench divides the
// main thread's time by the frames drawn.
(() => {
  const tick = document.getElementById('tick');
  let on = false;
  const frame = () => {
    on = !on;
    tick.className = on ? 'on' : '';
    requestAnimationFrame(frame);
  };
  addEventListener('load', () => requestAnimationFrame(frame));
})();
