// Definition of oc3_eet_pct_17_18: care leavers aged 17 to 18 in education, employment or training on their birthday (year to 31 March).
import { oc3Definition } from '../shared/annual-definition.ts';

export const definition = oc3Definition('eet', [17, 18]);
