/** The EU emblem drawn to its official geometry (3:2 flag, twelve stars on a circle of a third of its height). */
const height = 120
const width = 180
const star = (cx: number, cy: number, r: number) =>
  Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.382
    const angle = -Math.PI / 2 + (i * Math.PI) / 5
    return `${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`
  }).join(' ')

const stars = Array.from({ length: 12 }, (_, i) => {
  const angle = (i * Math.PI) / 6
  return star(width / 2 + (height / 3) * Math.sin(angle), height / 2 - (height / 3) * Math.cos(angle), height / 18)
})

/** The same geometry for drawings of the emblem other than this SVG (the training certificates' PDF). */
export const euEmblemGeometry = { width, height, stars }

export const EuEmblem = ({ label, size = 60 }: { label: string; size?: number }) => (
  <svg viewBox={`0 0 ${width} ${height}`} width={size * 1.5} height={size} role="img" aria-label={label}>
    <rect width={width} height={height} fill="#003399" />
    {stars.map((points) => (
      <polygon key={points} points={points} fill="#ffcc00" />
    ))}
  </svg>
)
