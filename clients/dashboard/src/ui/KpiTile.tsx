interface KpiTileProps {
  /** Stable name for tests and styling, e.g. `forest-area`. */
  id: string;
  label: string;
  /** The raw figure (a number, or a level's name), kept on the element so that what is shown can be checked against the API; null while loading. */
  value: number | string | null;
  display: string;
  unit: string;
  /** A second, smaller figure under the first. */
  detail?: string;
  /** `alert` when the figure calls for attention (a fire burning, high fire danger). */
  tone?: 'alert';
}

export function KpiTile({ id, label, value, display, unit, detail, tone }: KpiTileProps) {
  return (
    <div className={tone ? `kpi kpi--${tone}` : 'kpi'} data-testid={`kpi-${id}`} data-value={value ?? undefined} aria-busy={value === null}>
      <div className="kpi__label">{label}</div>
      <div className="kpi__figure">
        <span className="kpi__value">{value === null ? '—' : display}</span>
        {unit && <span className="kpi__unit">{unit}</span>}
      </div>
      {detail && <div className="kpi__detail">{detail}</div>}
    </div>
  );
}
