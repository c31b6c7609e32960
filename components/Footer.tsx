/** The dataset's date and the credit every view carries. */
import { dataAgeLine } from '@/lib/ui/data-age';

export function Footer({ asOf }: { asOf: string | null }) {
  return (
    <footer class="footer">
      <p>
        {asOf ? `${dataAgeLine(asOf)}. ` : ''}
        Source: Ofsted inspection reports, used under the{' '}
        <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" target="_blank" rel="noreferrer">
          Open Government Licence v3.0
        </a>
        . Checked on your device; nothing is sent anywhere.
      </p>
    </footer>
  );
}
