// One line of plain words for each kind of entry on the session timeline.
import type { AnyEntry } from './session-record';

export function summarize(e: AnyEntry): string {
  switch (e.kind) {
    case 'weight':
      return `Weight ${e.payload.kg} kg`;
    case 'chair_assigned':
      return `Chair ${e.payload.chair}`;
    case 'vitals': {
      const v = e.payload;
      return `Vitals ${v.systolic}/${v.diastolic}, HR ${v.heartRate}, SpO2 ${v.spo2} %, RR ${v.respiratoryRate}${v.temperatureC !== undefined ? `, ${v.temperatureC} °C` : ''}`;
    }
    case 'patient_profile':
      return 'Patient profile updated';
    case 'session_planned':
      return `Session planned${e.payload.indication ? ` (${e.payload.indication.replace(/_/g, ' ')})` : ''}${e.payload.orderingPhysician ? `, ordered by ${e.payload.orderingPhysician}` : ''}`;
    case 'check_in':
      return `Checked in, ${e.payload.weight.kg} kg${e.payload.escort ? `, escort ${e.payload.escort.name}` : ''}`;
    case 'screening':
      return e.payload.canStart ? 'Screened: clear to start' : `Screened: ${e.payload.items.filter((i) => i.blocksStart).length} item(s) to resolve`;
    case 'screening_resolution':
      return `${e.payload.decision === 'override' ? 'Override' : 'Acknowledged'} by ${e.payload.approverName}: ${e.payload.key.replace(/_/g, ' ')} (${e.payload.reason})`;
    case 'session_cancelled':
      return `Session cancelled: ${e.payload.reason}`;
    case 'dose':
      return e.payload.intranasalDevices
        ? `Dose: esketamine ${e.payload.totalMg} mg intranasal (${e.payload.intranasalDevices} devices), lot ${e.payload.drug.lot}`
        : `Dose: ${e.payload.drug.name} ${e.payload.totalMg} mg (${e.payload.mgPerKg} mg/kg, ${e.payload.weightBasis} weight ${e.payload.dosingWeightKg} kg)${e.payload.pumpRateMlPerH ? ` at ${e.payload.pumpRateMlPerH} mL/h` : ''}, lot ${e.payload.drug.lot}`;
    case 'infusion_started':
      return 'Infusion started';
    case 'infusion_paused':
      return `Infusion paused: ${e.payload.reason}`;
    case 'infusion_resumed':
      return 'Infusion resumed';
    case 'infusion_stopped':
      return `Infusion ${e.payload.endReason === 'stopped_early' ? 'stopped early' : 'ended'} after ${e.payload.runMinutes} min${e.payload.reason ? `: ${e.payload.reason}` : ''}`;
    case 'drug_use':
      return `Given ${e.payload.givenMg} mg, wasted ${e.payload.wastedMg} mg${e.payload.witnessName ? ` (witness ${e.payload.witnessName})` : ''}`;
    case 'dissociation':
      return `Dissociation ${e.payload.rating}/4${e.payload.cadss6Total !== null ? `, CADSS-6 ${e.payload.cadss6Total}/24` : ''}${e.payload.note ? `: ${e.payload.note}` : ''}`;
    case 'sedation':
      return `${e.payload.scale === 'moaas' ? 'MOAA/S' : 'RASS'} ${e.payload.scale === 'rass' && e.payload.score > 0 ? '+' : ''}${e.payload.score}`;
    case 'emergence':
      return `Emergence reaction: ${e.payload.description}; ${e.payload.actionsTaken}`;
    case 'adverse_event': {
      const i = e.payload.intervention;
      const what = i ? (i.medication ? `${i.medication.name} ${i.medication.dose} ${i.medication.route}` : i.kind.replace(/_/g, ' ')) : null;
      return `Adverse event: ${e.payload.event}${e.payload.description ? ` (${e.payload.description})` : ''}${what ? `; ${what}` : ''}`;
    }
    case 'alert_raised':
      return `Alert: ${e.payload.breaches.map((b) => b.message).join(' ')}`;
    case 'alert_acknowledged':
      return `Alert acknowledged: ${e.payload.actionTaken}${e.payload.medicationGiven ? ` (${e.payload.medicationGiven.name} ${e.payload.medicationGiven.dose})` : ''}`;
    case 'rest_started':
      return 'Rest started';
    case 'discharge_assessment':
      return `${e.payload.scale === 'aldrete' ? 'Modified Aldrete' : 'PADSS'} ${e.payload.total}/10 (${e.payload.passes ? 'meets' : 'below'} ${e.payload.minScore})`;
    case 'escort_confirmed':
      return `Escort present: ${e.payload.name}${e.payload.matchesCheckIn ? '' : ' (not the escort named at check-in)'}`;
    case 'discharged':
      return `Discharged${e.payload.earlyOverride ? ` early (override by ${e.payload.earlyOverride.approverName}: ${e.payload.earlyOverride.reason})` : ''}`;
    case 'signed':
      return `Signed (${e.payload.meaning})`;
    case 'document_printed':
      return `Printed: ${e.payload.document} (${e.payload.language}, ${e.payload.output === 'pdf' ? 'PDF' : 'paper'})`;
    case 'intranasal_device':
      return `Intranasal device ${e.payload.device} given (28 mg)`;
    case 'paper_transcription_started':
      return `Copying in from the paper downtime sheet (${e.payload.reason})`;
    case 'paper_transcription_ended':
      return 'Finished copying in from the paper downtime sheet';
    case 'addendum':
      return `Addendum: ${e.payload.text} (reason: ${e.payload.reason})`;
  }
}
