// Dates (ISO yyyy-MM-dd from the API, shown in the page language, day numbers for the chart axis) and amounts.
const DAY_MS = 86400000;

export function dayNumber(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function formatDay(lang, day, style) {
  const options = style === 'short' ? { day: 'numeric', month: 'short', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(new Date(day * DAY_MS));
}

export function formatDate(lang, iso) {
  return formatDay(lang, dayNumber(iso), 'medium');
}

export function formatMonth(lang, yyyyMm) {
  const [y, m] = yyyyMm.split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

export function formatAmount(lang, amount, currency) {
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(lang).format(amount)} ${currency}`;
  }
}

export function daysText(t, days) {
  if (days < 0) return t('daysLate', [-days]);
  if (days === 0) return t('dueToday');
  return t('daysLeft', [days]);
}
