import { render } from 'preact';
import { FollowUpQueue } from './FollowUpQueue';

render(<FollowUpQueue />, document.getElementById('app')!);
