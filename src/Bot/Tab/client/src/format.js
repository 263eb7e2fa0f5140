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

/** A documentation request's respond-by date; one the person did not enter is the default's, said as the chat card says it
 *  ("5 Mar 2027 (assumed: 30 days)", RespondByAssumed). */
export function respondByText(t, lang, request) {
  const date = formatDate(lang, request.respondBy);
  return request.assumedDays == null ? date : t('RespondByAssumed', [date, request.assumedDays]);
}
