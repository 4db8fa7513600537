// Small helpers for summarizing repeated measurements.
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const fixed = (n, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–');
export const ratio = (n) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '–');
export const mark = (ok) => (ok ? '✅' : '❌');
