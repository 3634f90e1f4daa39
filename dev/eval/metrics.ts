export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(truePositives: number, predicted: number, gold: number): PRF {
  const precision = predicted ? truePositives / predicted : 0;
  const recall = gold ? truePositives / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
