// The server's code lists (GET /api/v1/codes), fetched once per page load: the app keeps no copy.
import { get } from './api.js';
import { useFlagLabels } from './ui.js';

let loading = null;

export function codes() {
  if (!loading) {
    loading = get('/codes')
      .then((all) => { useFlagLabels(all.flags); return all; })
      .catch((e) => { loading = null; throw e; });
  }
  return loading;
}

/** [[code, label], …] for select(). */
export function options(list) {
  return list.map((c) => [c.code, c.label]);
}

/** The label of {@code code} in a code list (the code itself when the list lacks it). */
export function labelOf(list, code) {
  return (list.find((x) => x.code === code) || { label: code }).label;
}
