// Definition of oc3_eet_pct_19_21: care leavers aged 19 to 21 in education, employment or training on their birthday (year to 31 March).
import { oc3Definition } from '../shared/annual-definition.ts';

export const definition = oc3Definition('eet', [19, 21]);
