// Definition of oc3_in_touch_pct_17_18: care leavers aged 17 to 18 in touch on their birthday (year to 31 March).
import { oc3Definition } from '../shared/annual-definition.ts';

export const definition = oc3Definition('in-touch', [17, 18]);
