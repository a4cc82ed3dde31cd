/**
 * Helpers of the contacts benchmarks (import, contact list, dashboard) beside bench-api.js: the
 * admin they act as, percentiles, and the machine line they print.
 */
const base = require('./bench-api');

async function registerAdmin(url) {
  const res = await fetch(`${url}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.com', password: 'bench-password-1', name: 'Bench Admin' }),
  });
  if (!res.ok) throw new Error(`register: ${res.status} ${await res.text()}`);
  return res.json();
}

function machine() {
  return { ...base.machineSpecs(), load: base.loadAverage() };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

module.exports = { registerAdmin, machine, percentile };
