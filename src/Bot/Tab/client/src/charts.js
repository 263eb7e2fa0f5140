// Chart.js with only the parts the tab uses (tree-shaken by esbuild), and the colours: each meets 3:1 contrast on white.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);
Chart.defaults.font.family = "'Segoe UI', system-ui, sans-serif";
Chart.defaults.animation = false;

export const urgencyColours = {
  Closed: '#616161',
  Submitted: '#0F6CBD',
  OnTrack: '#107C10',
  Soon: '#8A5300',
  Urgent: '#C4314B',
  Overdue: '#750B1C',
};

export const colours = { usage: '#6B82B8', today: '#242424', submitted: '#0F6CBD', expired: '#C4314B', expiring: '#8A5300', risk: '#C4314B' };

export function applyTheme(theme) {
  const dark = theme === 'dark' || theme === 'contrast';
  Chart.defaults.color = dark ? '#FFFFFF' : '#242424';
  Chart.defaults.borderColor = dark ? '#5C5C5C' : '#D1D1D1';
  if (dark) colours.today = '#FFFFFF';
}

export { Chart };
