// Definition of oc3_in_touch_pct_19_21: care leavers aged 19 to 21 in touch on their birthday (year to 31 March).
import { oc3Definition } from '../shared/annual-definition.ts';

export const definition = oc3Definition('in-touch', [19, 21]);
