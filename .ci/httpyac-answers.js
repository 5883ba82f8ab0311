// Reads httpyac's --json report of a QA catalog file and prints "SENT ANSWERED": the requests that got an answer, and
// those whose status is the one their title names ("getRingPushToken: 404 no_data_error (...)") with assertions that
// all passed (a request without any would pass vacuously). Each request that did not is named on stderr.
const report = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const titledStatus = request => (/^\S+: (\d{3}) /.exec(request.title) || [])[1];
const sent = report.requests.filter(request => request.response);
const answered = sent.filter(request =>
  String(request.response.statusCode) === titledStatus(request)
  && request.testResults.length > 0
  && request.testResults.every(test => test.status === 'SUCCESS'));
for (const request of report.requests.filter(request => !answered.includes(request))) {
  const failures = request.testResults.filter(test => test.status !== 'SUCCESS').map(test => test.error?.message ?? test.message);
  const status = request.response ? `answered ${request.response.statusCode}` : 'not sent';
  console.error(`  ${request.title}: ${status}${failures.length ? `; ${failures.join('; ')}` : ''}`);
}
console.log(sent.length, answered.length);
