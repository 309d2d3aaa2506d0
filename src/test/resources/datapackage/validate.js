// Validates a Data Package with Frictionless' own library: the descriptor against the Data Package and
// Table Schema profiles, then every row of each tabular resource read and cast by its schema (types,
// vocabularies, required columns, primary-key uniqueness). Prints one JSON line: {valid, errors, rows}.
const {Package} = require('datapackage');

(async () => {
  const dir = process.argv[2];
  const dataPackage = await Package.load(dir + '/datapackage.json', dir, {strict: false});
  const result = {valid: dataPackage.valid, errors: dataPackage.errors.map(e => e.message), rows: {}};
  for (const resource of dataPackage.resources) {
    if (!resource.tabular) {
      continue;
    }
    try {
      result.rows[resource.name] = (await resource.read({cast: true})).length;
    } catch (e) {
      result.valid = false;
      result.errors.push(resource.name + ': ' + e.message);
      (e.errors || []).forEach(inner => result.errors.push(resource.name + ': ' + inner.message));
    }
  }
  console.log(JSON.stringify(result));
})().catch(e => {
  console.log(JSON.stringify({valid: false, errors: [String(e)], rows: {}}));
});
